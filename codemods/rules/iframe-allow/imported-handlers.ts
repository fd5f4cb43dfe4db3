// A component whose message handler lives in a module it imports and uses: a custom hook
// (`useJumioEvents({ onSuccess })` from './useJumioEvents'), a Vue 2 mixin (`mixins: [jumioMessagesMixin]`), a
// composable. The frame it renders is the web client when the imported declaration itself attaches a proven Jumio
// handler (round-5 hold-out): a module that merely holds such a handler somewhere else proves nothing about this frame.
import { ts } from '#ts-morph';
import type { RuleContext, RuleFile } from '../../engine/types.js';
import { provenJumioHandlers } from '../../analysis-frontend/index.js';
import { exportedDeclaration } from '../../analysis/exports.js';
import { rawDescendantsOfKinds } from '../../engine/descendants.js';
import { nuxtAutoImportedModules } from './nuxt-auto-imports.js';

const IDENTIFIER = new Set([ts.SyntaxKind.Identifier]);

/** Does a script of `file` import, from a local module (by a relative path or an alias), a binding it uses whose exported declaration attaches a
 * proven Jumio handler? */
export function usesImportedJumioHandler(file: RuleFile, ctx: RuleContext, cameraFrame: boolean): boolean {
  for (const block of file.scripts) {
    // The names the block uses outside its imports: one walk per block, only when a local module is imported.
    let usedNames: Set<string> | undefined;
    const uses = (name: string): boolean => (usedNames ??= new Set(rawDescendantsOfKinds(block.sourceFile.compilerNode, IDENTIFIER)
      .filter((id) => !ts.findAncestor(id, ts.isImportDeclaration)).map((id) => (id as ts.Identifier).text))).has(name);
    for (const imp of block.sourceFile.getImportDeclarations()) {
      const spec = imp.getModuleSpecifierValue();
      if (imp.isTypeOnly()) continue;
      // A relative path, or a project alias (Vite's resolve.alias, tsconfig paths: '~kyc/useJumio', '@/composables/…').
      const target = ctx.project.resolveModule(spec, file.absPath);
      if (!target || /[\\/]node_modules[\\/]/.test(target)) continue;
      // Cheap text test first: only a module that names the message event is parsed and analysed.
      const sf = target && /message/.test(ctx.project.readFile(target) ?? '') ? ctx.project.getSourceFile(target) : undefined;
      if (!sf || !target) continue;
      const used = imp.getNamedImports().filter((n) => !n.isTypeOnly()).map((n) => ({ local: (n.getAliasNode() ?? n.getNameNode()).getText(), exported: n.getName() }));
      const def = imp.getDefaultImport();
      if (def) used.push({ local: def.getText(), exported: 'default' });
      const referenced = used.filter((u) => uses(u.local));
      if (!referenced.length) continue;
      const handlers = provenJumioHandlers(sf, { globals: [sf], project: ctx.project, absPath: target, cameraFrame });
      if (!handlers.length) continue;
      for (const u of referenced) {
        const decl = exportedDeclaration(sf, u.exported);
        if (decl && handlers.some((h) => !h.externalPath && decl.getStart() <= h.attach.getStart() && h.attach.getEnd() <= decl.getEnd())) return true;
      }
    }
  }
  // A Nuxt page calling an auto-imported composable (no import statement: nuxt-auto-imports.ts).
  for (const [name, target] of nuxtAutoImportedModules(file, ctx)) {
    const sf = ctx.project.getSourceFile(target);
    const decl = sf && exportedDeclaration(sf, name);
    if (!sf || !decl) continue;
    const handlers = provenJumioHandlers(sf, { globals: [sf], project: ctx.project, absPath: target, cameraFrame });
    if (handlers.some((h) => !h.externalPath && decl.getStart() <= h.attach.getStart() && h.attach.getEnd() <= decl.getEnd())) return true;
  }
  return false;
}
