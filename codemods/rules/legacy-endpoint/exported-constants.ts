// A legacy initiate URL held by a constant a configuration module exports (`module.exports = { JUMIO_API: '…' }`,
// `exports.JUMIO_API = '…'`, `export const JUMIO_API = '…'`, `export const JUMIO = { api: '…' }`) is sent by the modules that import it, not here. When
// modules of the run import that name, the item here must not say the call "was not migrated": the initiate rules
// migrate the importer's call and drop its import of the name (an Electron app's main/jumio.js reading config.js).
import * as path from 'node:path';
import { ts } from '#ts-morph';
import type { RuleContext, RuleFile } from '../../engine/types.js';

/** The exported name a literal is the value of, if any. */
function exportedName(node: ts.Node): string | undefined {
  const p = node.parent;
  if (!p) return undefined;
  // `module.exports = { NAME: '…' }` / `export default { NAME: '…' }`: a property of the exported object; `export
  // const JUMIO = { api: '…' }` (also `as const`, or nested deeper): the importers read it through JUMIO.
  const own = ts.isPropertyAssignment(p) && p.initializer === node;
  for (let prop: ts.Node = p; own && ts.isPropertyAssignment(prop) && (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name));) {
    let obj: ts.Node = prop.parent;
    while (ts.isAsExpression(obj.parent) || ts.isSatisfiesExpression(obj.parent) || ts.isParenthesizedExpression(obj.parent)) obj = obj.parent;
    const holder = obj.parent;
    if ((ts.isBinaryExpression(holder) && holder.right === obj && /^(module\.)?exports$/.test(holder.left.getText())) || ts.isExportAssignment(holder)) {
      return prop.name.text;
    }
    if (ts.isVariableDeclaration(holder)) return exportedConst(holder);
    prop = holder;
  }
  // `exports.NAME = '…'` / `module.exports.NAME = '…'`.
  if (ts.isBinaryExpression(p) && p.right === node && p.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(p.left) && /^(module\.)?exports$/.test(p.left.expression.getText())) return p.left.name.text;
  // `export const NAME = '…'`.
  return ts.isVariableDeclaration(p) && p.initializer === node ? exportedConst(p) : undefined;
}

/** NAME of `export const NAME = …`. */
function exportedConst(decl: ts.VariableDeclaration): string | undefined {
  const st = decl.parent.parent;
  return ts.isIdentifier(decl.name) && ts.isVariableStatement(st) && st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ? decl.name.text : undefined;
}

/** For an exported constant of a module the run's importers are known for: the run's modules that name it
 * (relative paths), and whether no module outside the run can import it. Undefined otherwise. */
export function readersOfExportedConstant(node: ts.Node, file: RuleFile, ctx: RuleContext): { readers: string[]; complete: boolean } | undefined {
  const name = exportedName(node);
  const set = name ? ctx.project.importersOf?.(file.absPath) : undefined;
  if (!name || !set) return undefined;
  const word = new RegExp(`\\b${name}\\b`);
  const readers = set.files.filter((f) => f !== file.absPath && word.test(ctx.project.readFile(f) ?? ''))
    .map((f) => path.relative(path.dirname(file.absPath), f).split(path.sep).join('/'));
  return { readers, complete: set.complete };
}
