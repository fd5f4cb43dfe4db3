// Is a top-level declaration exported (as default)? Read from the file's syntax: an `export` / `export default`
// modifier, `export { name }` / `export { name as default }` without a module specifier, `export default name`,
// `export = name` and CommonJS `module.exports = name` / `= { name }` / `exports.x = name`. ts-morph's isExported() and
// isDefaultExport() answer the same by asking the type checker for the file's export symbols, which builds a
// Program for every parsed file version (a third of a codemod run on a big repository went there).
import { Node, ts, type SourceFile } from '#ts-morph';
import { wrapRaw } from '../engine/descendants.js';

function declaredName(n: ts.Node): string | undefined {
  const name = (n as { name?: ts.Node }).name;
  return name && ts.isIdentifier(name) ? name.text : undefined;
}

function hasModifier(n: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(n) && !!ts.getModifiers(n)?.some((m) => m.kind === kind);
}

/** The names the file exports by a statement other than a modifier: `[local name, exported as]`. */
function exportsByStatement(sf: ts.SourceFile): [string, string][] {
  const out: [string, string][] = [];
  for (const st of sf.statements) {
    if (ts.isExportDeclaration(st) && !st.moduleSpecifier && st.exportClause && ts.isNamedExports(st.exportClause)) {
      for (const el of st.exportClause.elements) out.push([(el.propertyName ?? el.name).text, el.name.text]);
    } else if (ts.isExportAssignment(st) && ts.isIdentifier(st.expression)) {
      out.push([st.expression.text, st.isExportEquals ? 'export=' : 'default']);
    } else if (ts.isExpressionStatement(st) && ts.isBinaryExpression(st.expression) &&
      st.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const left = st.expression.left.getText(sf).replace(/\s+/g, '');
      const right = st.expression.right;
      if (left === 'module.exports' && ts.isIdentifier(right)) out.push([right.text, 'export=']);
      else if (left === 'module.exports' && ts.isObjectLiteralExpression(right)) {
        // module.exports = { a, b: c }
        for (const p of right.properties) {
          if (ts.isShorthandPropertyAssignment(p)) out.push([p.name.text, p.name.text]);
          else if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.initializer) && ts.isIdentifier(p.name)) out.push([p.initializer.text, p.name.text]);
        }
      } else if (ts.isIdentifier(right)) {
        const m = /^(?:module\.)?exports\.(\w+)$/.exec(left);
        if (m) out.push([right.text, m[1]!]);
      }
    }
  }
  return out;
}

/** Does a statement of the file export its top-level `name` (`export { name }`, `export default name`,
 * `module.exports = { name }`, `exports.x = name`…)? The `export` modifier is the declaration's own business. */
export function exportsName(sf: SourceFile, name: string): boolean {
  return exportsByStatement(sf.compilerNode).some(([local]) => local === name);
}

/** The names a statement of the file exports its top-level `name` as ('default', 'export=' for `module.exports =`). */
export function exportedNamesOf(sf: SourceFile, name: string): string[] {
  return exportsByStatement(sf.compilerNode).filter(([local]) => local === name).map(([, as]) => as);
}

/** `export`ed with a modifier, or exported by name elsewhere in the file. A variable statement has no name of its
 * own: only its modifier counts (as in ts-morph). */
export function isExportedDeclaration(node: Node): boolean {
  const raw = node.compilerNode;
  if (hasModifier(raw, ts.SyntaxKind.ExportKeyword)) return true;
  if (ts.isVariableStatement(raw)) return false;
  const name = declaredName(raw);
  if (!name || !ts.isSourceFile(raw.parent)) return false;
  return exportsByStatement(raw.parent).some(([local]) => local === name);
}

/** `export default function …`, or exported as `default` by name. */
export function isDefaultExported(node: Node): boolean {
  const raw = node.compilerNode;
  if (hasModifier(raw, ts.SyntaxKind.DefaultKeyword)) return true;
  const name = declaredName(raw);
  if (!name || !ts.isSourceFile(raw.parent)) return false;
  return exportsByStatement(raw.parent).some(([local, as]) => local === name && as === 'default');
}

/** The function, class or variable declaration of `sf` itself that it exports as `exported` ('default' for the
 * default export), read from the syntax as above; what ts-morph's getExportedDeclarations() finds by building a
 * type checker. Re-exports of other modules are not followed. */
export function exportedDeclaration(sf: SourceFile, exported: string): Node | undefined {
  const raw = sf.compilerNode;
  const local = exportsByStatement(raw).find(([, as]) => as === exported)?.[0];
  for (const st of raw.statements) {
    const decls: ts.Node[] = ts.isVariableStatement(st) ? [...st.declarationList.declarations]
      : ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st) ? [st] : [];
    const modifiersOf = ts.isVariableStatement(st) ? st : undefined;
    for (const d of decls) {
      const name = declaredName(d);
      const exportedHere = hasModifier(modifiersOf ?? d, ts.SyntaxKind.ExportKeyword);
      const isDefault = hasModifier(d, ts.SyntaxKind.DefaultKeyword);
      if ((exportedHere && (isDefault ? exported === 'default' : name === exported)) || (name !== undefined && name === local)) return wrapRaw(sf, d);
    }
  }
  return undefined;
}

/** Where a barrel gets what it exports as `exported` from other modules: `export { name as exported } from 'm'`, and
 * every `export * from 'm'` (with `exported` itself; never for 'default'). Type-only re-exports are no values. */
export function reexportsOf(sf: SourceFile, exported: string): { specifier: string; name: string }[] {
  const out: { specifier: string; name: string }[] = [];
  for (const st of sf.compilerNode.statements) {
    if (!ts.isExportDeclaration(st) || st.isTypeOnly || !st.moduleSpecifier || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    const specifier = st.moduleSpecifier.text;
    if (!st.exportClause) {
      if (exported !== 'default') out.push({ specifier, name: exported });
    } else if (ts.isNamedExports(st.exportClause)) {
      for (const el of st.exportClause.elements) if (!el.isTypeOnly && el.name.text === exported) out.push({ specifier, name: (el.propertyName ?? el.name).text });
    }
  }
  return out;
}
