// A component whose message handler lives in a module it imports and uses: a custom hook
// (`useJumioEvents({ onSuccess })` from './useJumioEvents'), a Vue 2 mixin (`mixins: [jumioMessagesMixin]`), a
// composable, a Svelte store (`$faceCheck`). The frame it renders is the web client when the imported declaration itself attaches a proven Jumio
// handler (round-5 hold-out): a module that merely holds such a handler somewhere else proves nothing about this frame.
import { ts } from '#ts-morph';
import type { RuleContext, RuleFile } from '../../engine/types.js';
import { provenJumioHandlers } from '../../analysis-frontend/index.js';
import { exportedDeclaration, reexportsOf } from '../../analysis/exports.js';
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
      // Cheap text test first: only a module that names the message event (or re-exports) is parsed and analysed.
      if (!/message|\bexport\b[^;]*\bfrom\b/.test(ctx.project.readFile(target) ?? '')) continue;
      const used = imp.getNamedImports().filter((n) => !n.isTypeOnly()).map((n) => ({ local: (n.getAliasNode() ?? n.getNameNode()).getText(), exported: n.getName() }));
      const def = imp.getDefaultImport();
      if (def) used.push({ local: def.getText(), exported: 'default' });
      for (const u of used) if ((uses(u.local) || usesSvelteStore(file, u.local, uses)) && attachesProvenHandler(target, u.exported, ctx, cameraFrame)) return true;
    }
  }
  // A Nuxt page calling an auto-imported composable (no import statement: nuxt-auto-imports.ts).
  for (const [name, target] of nuxtAutoImportedModules(file, ctx)) if (attachesProvenHandler(target, name, ctx, cameraFrame)) return true;
  return false;
}

/** A Svelte component uses an imported store through its `$store` auto-subscription, in its script or its markup
 * (hold-out round 53: a `readable` store whose start function attaches the handler). */
function usesSvelteStore(file: RuleFile, name: string, uses: (name: string) => boolean): boolean {
  return /\.svelte$/.test(file.absPath) && (uses(`$${name}`) || new RegExp(`\\$${name.replace(/\$/g, '\\$')}\\b`).test(file.text));
}

/** The proven handlers of a module, per camera-frame setting (a component may use several names of one module). */
const analysed = new WeakMap<object, Map<string, ReturnType<typeof provenJumioHandlers>>>();

/** Does the declaration module `target` exports as `exported` attach a proven Jumio handler? A barrel's re-export
 * (`export { useKycMessages } from './use-kyc-messages'`, `export * from …`) is followed to the declaring module
 * (hold-out round 16: a hook imported through a barrel proved nothing). */
function attachesProvenHandler(target: string, exported: string, ctx: RuleContext, cameraFrame: boolean, depth = 0): boolean {
  const sf = ctx.project.getSourceFile(target);
  if (!sf || depth > 4) return false;
  const decl = exportedDeclaration(sf, exported);
  if (!decl) {
    return reexportsOf(sf, exported).some(({ specifier, name }) => {
      const next = ctx.project.resolveModule(specifier, target);
      return !!next && !/[\\/]node_modules[\\/]/.test(next) && attachesProvenHandler(next, name, ctx, cameraFrame, depth + 1);
    });
  }
  if (!/message/.test(sf.getFullText())) return false;
  const key = `${cameraFrame}`;
  const known = analysed.get(sf) ?? new Map<string, ReturnType<typeof provenJumioHandlers>>();
  analysed.set(sf, known);
  const handlers = known.get(key) ?? provenJumioHandlers(sf, { globals: [sf], project: ctx.project, absPath: target, cameraFrame });
  known.set(key, handlers);
  return handlers.some((h) => !h.externalPath && decl.getStart() <= h.attach.getStart() && h.attach.getEnd() <= decl.getEnd());
}
