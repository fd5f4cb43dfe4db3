// Which nodes findParamReads (query-reads.ts) looks at, tested on the raw node before ts-morph wraps it: most of a
// file's member accesses, calls and binary expressions can be nothing it uses, and wrapping them cost more than the
// reads themselves (the 10,000-file benchmark).
import { SyntaxKind, ts } from '#ts-morph';

const QUERY_METHODS = new Set(['get', 'has', 'getAll', 'delete', 'query', 'queries', 'param']);
const EQUALITY = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken, ts.SyntaxKind.InKeyword]);
/** The raw nodes findParamReads can use (the others are never wrapped): a member named as a parameter, a call by
 * name or of a query method, a destructuring declaration, a comparison or `in`, any element access or case. */
export const mayRead = (names: ReadonlySet<string>) => (n: ts.Node): boolean => {
  if (ts.isPropertyAccessExpression(n)) return names.has(n.name.text);
  if (ts.isCallExpression(n)) {
    const c = n.expression;
    return (ts.isIdentifier(c) && n.arguments.length > 0) || (ts.isPropertyAccessExpression(c) && QUERY_METHODS.has(c.name.text));
  }
  if (ts.isVariableDeclaration(n)) return ts.isObjectBindingPattern(n.name) && n.initializer !== undefined;
  if (ts.isBinaryExpression(n)) return EQUALITY.has(n.operatorToken.kind);
  return true;
};
export const READ_KINDS = new Set([SyntaxKind.PropertyAccessExpression, SyntaxKind.ElementAccessExpression, SyntaxKind.CallExpression,
  SyntaxKind.VariableDeclaration, SyntaxKind.BinaryExpression, SyntaxKind.CaseClause]);

