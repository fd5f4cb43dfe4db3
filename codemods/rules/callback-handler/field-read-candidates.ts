// Which raw nodes of a handler fieldsRead (handler-proof.ts) needs to look at: a test on the raw node, true for
// every node its wrapped tests could accept, so the rest of the handler is never wrapped. It compares names as
// parsed (escapes decoded); the caller keeps every node when the handler's text has an escape, where the spelled
// name (what ts-morph's getName() returns) can differ from the parsed one.
import { ts } from '#ts-morph';

export const FIELD_READ_KINDS: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.StringLiteral, ts.SyntaxKind.NoSubstitutionTemplateLiteral, ts.SyntaxKind.PropertyAccessExpression,
  ts.SyntaxKind.ElementAccessExpression, ts.SyntaxKind.CallExpression, ts.SyntaxKind.BindingElement,
]);

/** The member calls that read a request field by name: `req.query.get('x')`, `ctx.param('x')`, `$request->input`. */
export const FIELD_GETTERS: readonly string[] = ['get', 'getAll', 'param', 'input'];

const isNamedString = (n: ts.Node | undefined, names: ReadonlySet<string>): boolean => !!n && ts.isStringLiteral(n) && names.has(n.text);

export function mayReadField(n: ts.Node, names: ReadonlySet<string>, typeLiteral: string): boolean {
  if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text === typeLiteral;
  if (ts.isPropertyAccessExpression(n)) return names.has(n.name.text);
  if (ts.isElementAccessExpression(n)) return isNamedString(n.argumentExpression, names);
  if (ts.isCallExpression(n)) {
    return ts.isPropertyAccessExpression(n.expression) && FIELD_GETTERS.includes(n.expression.name.text) && isNamedString(n.arguments[0], names);
  }
  return ts.isBindingElement(n); // its key may be computed or quoted: decided on the wrapped node
}
