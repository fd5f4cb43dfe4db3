// Nuxt auto-imports: a page or component of a Nuxt app calls a composable (`useJumioFrame(onDone)`) that a file of
// `composables/` or `utils/` exports, with no import statement — Nuxt generates the import at build time. The frame
// such a page renders is the web client when that exported declaration attaches a proven Jumio handler, exactly as
// for a composable imported by path (imported-handlers.ts). Only for a file of a Nuxt app (a nuxt.config.* in its
// directory or above), only for names the file neither imports nor declares, and only the directories Nuxt scans:
// the top level of composables/ and utils/ (and their folders' index files), in the app root or its app/ srcDir.
import * as path from 'node:path';
import { ts } from '#ts-morph';
import type { RuleContext, RuleFile } from '../../engine/types.js';
import { nearest } from '../../analysis/project-files.js';
import { rawDescendantsOfKinds } from '../../engine/descendants.js';

const CONFIGS = ['nuxt.config.ts', 'nuxt.config.js', 'nuxt.config.mjs', 'nuxt.config.mts'];
const AUTO_FILE = /^(?:app\/)?(?:composables|utils)\/(?:[^/]+\.[cm]?[jt]s|[^/]+\/index\.[cm]?[jt]s)$/;
const CALL = new Set([ts.SyntaxKind.CallExpression]);

/** The Nuxt app root of a file: the deepest directory above it that holds a nuxt.config.*. */
function nuxtRoot(file: RuleFile, ctx: RuleContext): string | undefined {
  const found = CONFIGS.map((c) => nearest(ctx.project, path.dirname(file.absPath), c)).filter((p): p is string => !!p);
  return found.sort((a, b) => b.length - a.length).map((p) => path.dirname(p))[0];
}

/** Names the file's scripts call as bare functions without importing or declaring them (`useJumioFrame(…)`). */
function undeclaredCallees(file: RuleFile): Set<string> {
  const out = new Set<string>();
  for (const block of file.scripts) {
    const sf = block.sourceFile;
    const declared = new Set<string>();
    for (const imp of sf.getImportDeclarations()) {
      const clause = imp.getImportClause();
      clause?.getDefaultImport() && declared.add(clause.getDefaultImport()!.getText());
      for (const n of imp.getNamedImports()) declared.add((n.getAliasNode() ?? n.getNameNode()).getText());
    }
    for (const call of rawDescendantsOfKinds(sf.compilerNode, CALL)) {
      const callee = (call as ts.CallExpression).expression;
      if (!ts.isIdentifier(callee) || declared.has(callee.text)) continue;
      if (sf.getFunction(callee.text) || sf.getVariableDeclaration(callee.text)) continue;
      out.add(callee.text);
    }
  }
  return out;
}

/** The modules Nuxt would auto-import a called name from: [name, absolute path] pairs, files that mention `message`. */
export function nuxtAutoImportedModules(file: RuleFile, ctx: RuleContext): [string, string][] {
  const root = nuxtRoot(file, ctx);
  if (!root) return [];
  const names = undeclaredCallees(file);
  if (!names.size) return [];
  const rel = (abs: string): string => path.relative(root, abs).split(path.sep).join('/');
  // The run's files the engine lists, and (a run over pages/ only, a fixture, the jscodeshift adapter) the file named
  // for the composable, as Nuxt projects name them (composables/useJumioFrame.ts or use-jumio-frame.ts).
  const listed = (ctx.project.runFiles?.() ?? []).filter((f) => f.startsWith(root + path.sep) && AUTO_FILE.test(rel(f)));
  const named = [...names].flatMap((n) => ['', 'app/'].flatMap((src) => ['composables', 'utils'].flatMap((dir) =>
    [n, n.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)].flatMap((base) => ['.ts', '.js', '.mjs'].map((ext) => path.join(root, src, dir, base + ext))))))
    .filter((f) => ctx.project.fileExists(f));
  const candidates = [...listed, ...named];
  const out: [string, string][] = [];
  for (const abs of new Set(candidates)) {
    const text = ctx.project.readFile(abs) ?? '';
    if (!/message/.test(text)) continue;
    for (const name of names) if (new RegExp(`\\b${name}\\b`).test(text)) out.push([name, abs]);
  }
  return out;
}
