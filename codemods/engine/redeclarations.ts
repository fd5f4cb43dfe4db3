// Block-scoped names declared twice in one scope — `const { accountId } = …` inserted twice into one function, a
// `const token` beside an `import { token }`. The file still parses, so the engine's parse check does not see it, but
// TypeScript and every JavaScript engine reject it (an early error: the module never loads). The engine counts such
// names before and after each rule's edits; a rule that adds one is rolled back like one whose output does not parse.
// Counted: let / const / class declarations and value import bindings, per scope (the file, a block, a case block, a
// for / for-in / for-of head, a catch clause, a namespace body). `var` and function declarations may legally repeat
// (sloppy scripts, overloads), and enums and namespaces merge, so they are not counted; a name shadowed in an inner block is another scope.
import { ts, type SourceFile } from '#ts-morph';
import { rawDescendantsUnder } from './descendants.js';

function bindingNames(name: ts.BindingName, out: string[]): void {
  if (ts.isIdentifier(name)) out.push(name.text);
  else for (const el of name.elements) if (!ts.isOmittedExpression(el)) bindingNames(el.name, out);
}

export function isScope(n: ts.Node): boolean {
  return ts.isSourceFile(n) || ts.isBlock(n) || ts.isModuleBlock(n) || ts.isCaseBlock(n) || ts.isForStatement(n) ||
    ts.isForInStatement(n) || ts.isForOfStatement(n) || ts.isCatchClause(n);
}

/** The names `n` declares block-scoped in its scope, if it is such a declaration. */
export function declared(n: ts.Node): string[] {
  const out: string[] = [];
  if (ts.isVariableDeclarationList(n) && (n.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const))) {
    for (const d of n.declarations) bindingNames(d.name, out);
  } else if (ts.isClassDeclaration(n) && n.name) {
    // An ambient `declare class` may merge with other declarations: left to TypeScript.
    if (!n.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) out.push(n.name.text);
  } else if (ts.isImportClause(n) && !n.isTypeOnly) {
    if (n.name) out.push(n.name.text);
    const b = n.namedBindings;
    if (b && ts.isNamespaceImport(b)) out.push(b.name.text);
    else if (b) for (const el of b.elements) if (!el.isTypeOnly) out.push(el.name.text);
  } else if (ts.isImportEqualsDeclaration(n) && !n.isTypeOnly) out.push(n.name.text);
  return out;
}

/** The kinds declared() can name something for. */
const DECLARATION_KINDS: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.VariableDeclarationList, ts.SyntaxKind.ClassDeclaration, ts.SyntaxKind.ImportClause, ts.SyntaxKind.ImportEqualsDeclaration,
]);

/** How many (scope, name) pairs of the file are declared block-scoped more than once. Only the declarations are
 * visited (from the parse's kind index, outside JSDoc): each belongs to its nearest enclosing scope. */
export function countRedeclarations(sf: SourceFile): number {
  const perScope = new Map<ts.Node, Map<string, number>>();
  let count = 0;
  for (const n of rawDescendantsUnder(sf.compilerNode, DECLARATION_KINDS, false)) {
    const names = declared(n);
    if (names.length === 0) continue;
    let scope = n.parent;
    while (!isScope(scope)) scope = scope.parent;
    let seen = perScope.get(scope);
    if (!seen) perScope.set(scope, (seen = new Map()));
    for (const name of names) {
      const k = (seen.get(name) ?? 0) + 1;
      seen.set(name, k);
      if (k === 2) count++;
    }
  }
  return count;
}
