// SvelteKit hands what a page's server `load` returns (`src/routes/verify/+page.server.ts`: `return { session }`) to
// the page component beside it as its `data` prop (`export let data`, Svelte 5 `let { data } = $props()`). A legacy
// initiate response returned under a key is read there as `data.session.redirectUrl` — in the script and in the
// markup — and those reads move with the load's migration (external edits; markup through markup-reads.ts). The
// object also reaches `$page.data` (any component) and a universal `+page.ts` load: with either in the repository
// the load keeps its "leaves here whole" item.
import { dirname, join } from 'node:path';
import { Node, SyntaxKind, type Identifier, type SourceFile } from '#ts-morph';
import type { FlowSteps } from './combined-values.js';
import type { EditSet } from './edit-set.js';
import type { EvalContext } from './eval-context.js';
import { importerParse } from './importer-parse.js';
import { rewriteMarkupReads } from './markup-reads.js';
import { bindsTo } from './scope.js';

/** The `load` function exported by the file `fn` is in. */
function isExportedLoad(fn: Node): boolean {
  if (Node.isFunctionDeclaration(fn)) return fn.getName() === 'load' && fn.hasModifier(SyntaxKind.ExportKeyword);
  let holder = fn.getParent();
  while (holder && (Node.isSatisfiesExpression(holder) || Node.isAsExpression(holder) || Node.isParenthesizedExpression(holder))) holder = holder.getParent();
  const st = holder?.getParent()?.getParent();
  return Node.isVariableDeclaration(holder) && holder.getName() === 'load' && Node.isVariableStatement(st) && st.hasModifier(SyntaxKind.ExportKeyword);
}

/** The key `node` (a property of an object literal) has in what a page server `load` returns, else undefined. */
function loadKey(node: Node): { key: string; load: Node } | undefined {
  if (!Node.isPropertyAssignment(node) && !Node.isShorthandPropertyAssignment(node)) return undefined;
  const name = node.getNameNode();
  if (!Node.isIdentifier(name) && !Node.isStringLiteral(name)) return undefined;
  let obj: Node | undefined = node.getParent();
  let up = obj?.getParent();
  while (up && Node.isParenthesizedExpression(up)) up = (obj = up).getParent();
  const fn = Node.isReturnStatement(up) ? up.getFirstAncestor((a) => Node.isFunctionDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a))
    : Node.isArrowFunction(up) && up.getBody() === obj ? up : undefined;
  return fn && isExportedLoad(fn) ? { key: Node.isIdentifier(name) ? name.getText() : name.getLiteralValue(), load: fn } : undefined;
}

/** The page's `data` prop: `export let data` or `let { data } = $props()`. */
function dataProp(sf: SourceFile): Identifier | undefined {
  for (const decl of sf.getDescendantsOfKind(SyntaxKind.VariableDeclaration)) {
    const st = decl.getVariableStatement();
    if (!st || !Node.isSourceFile(st.getParent())) continue;
    const name = decl.getNameNode();
    if (Node.isIdentifier(name) && name.getText() === 'data' && st.hasModifier(SyntaxKind.ExportKeyword)) return name;
    if (Node.isObjectBindingPattern(name) && decl.getInitializer()?.getText().replace(/\s+/g, '') === '$props()') {
      const el = name.getElements().find((e) => (e.getPropertyNameNode()?.getText() ?? e.getName()) === 'data' && !e.getDotDotDotToken());
      if (el && Node.isIdentifier(el.getNameNode())) return el.getNameNode() as Identifier;
    }
  }
  return undefined;
}

/** Follow the value at `node` (leaving the load in an object literal) into the page's reads. True when no other code
 * can read it (no item needed at the load); false when it is no page load's, or `$page.data` / `+page.ts` may. */
export function followPageData(node: Node, ctx: EvalContext, steps: FlowSteps, edits: EditSet): boolean {
  const found = loadKey(node);
  const file = found && ctx.pathOf(found.load);
  if (!found || !file || !/[\\/]\+page\.server\.[cm]?[jt]s$/.test(file) || !ctx.project.importersOf?.(file).complete) return false;
  const page = join(dirname(file), '+page.svelte');
  const sf = ctx.project.fileExists(page) ? importerParse(page, ctx) : undefined;
  const id = sf && dataProp(sf);
  if (!sf || !id) return false;
  for (const ref of sf.getDescendantsOfKind(SyntaxKind.Identifier)) {
    if (ref === id || ref.getText() !== id.getText() || !bindsTo(ref, id)) continue;
    const p = ref.getParent();
    if (Node.isPropertyAccessExpression(p) && p.getNameNode() === ref) continue;
    if (Node.isPropertyAccessExpression(p) && p.getExpression() === ref) {
      if (p.getName() === found.key) steps.visit(p);
    } else steps.leaves(ref); // `$: ({ session } = data)`, `data` passed on: not followed
  }
  rewriteMarkupReads(sf, id.getText(), true, edits, id, (n) => steps.leaves(n), found.key);
  const universal = ['ts', 'js'].some((x) => ctx.project.fileExists(join(dirname(file), `+page.${x}`)));
  return !universal && !(ctx.project.runFiles?.() ?? []).some((f) => /\bpage\.data\b/.test(ctx.project.readFile(f) ?? ''));
}
