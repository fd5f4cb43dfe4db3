// Reading the legacy initiate body literal: a property's key and value, and the object literals a conditional spread
// may add (`...(c ? { a } : {})`, `...(c && { a })`, and `...(isEu ? EU_PRESET : US_PRESET)` whose branches are
// `const`s of this file holding object literals).
import { Node, SyntaxKind, type ObjectLiteralExpression } from '#ts-morph';
import { unwrap } from './eval-context.js';
import { propertyKey } from './object-literals.js';
import { findDeclaration } from './resolve-binding.js';

export function keyOf(p: Node): string | undefined {
  if (Node.isPropertyAssignment(p)) return propertyKey(p.getNameNode());
  if (Node.isShorthandPropertyAssignment(p)) return p.getName();
  return undefined;
}
export function valueText(p: Node): string | undefined {
  if (Node.isPropertyAssignment(p)) return p.getInitializerOrThrow().getText();
  if (Node.isShorthandPropertyAssignment(p)) return p.getName();
  return undefined;
}
export function valueNode(p: Node): Node | undefined {
  if (Node.isPropertyAssignment(p)) return p.getInitializerOrThrow();
  if (Node.isShorthandPropertyAssignment(p)) return p.getNameNode();
  return undefined;
}

/** The object literal a `const` of this file holds (`const EU_PRESET = { … }`, also `as const`), else undefined. */
export function constObject(n: Node): ObjectLiteralExpression | undefined {
  if (!Node.isIdentifier(n)) return undefined;
  const d = findDeclaration(n, n.getText());
  if (!Node.isVariableDeclaration(d) || d.getVariableStatement()?.getDeclarationKind() !== 'const') return undefined;
  const init = d.getInitializer() && unwrap(d.getInitializer()!);
  return init && Node.isObjectLiteralExpression(init) ? init : undefined;
}

/** Object literals of a conditional spread `...(c ? { a } : {})` / `...(c && { a })` (a branch may name a `const`
 * holding one), else undefined. */
export function spreadBranches(p: Node): ObjectLiteralExpression[] | undefined {
  if (!Node.isSpreadAssignment(p)) return undefined;
  const e = unwrap(p.getExpression());
  const parts = Node.isConditionalExpression(e) ? [e.getWhenTrue(), e.getWhenFalse()]
    : Node.isBinaryExpression(e) && e.getOperatorToken().getKind() === SyntaxKind.AmpersandAmpersandToken ? [e.getRight()] : undefined;
  if (!parts) return undefined;
  const objs = parts.map((x) => unwrap(x)).map((x) => (Node.isObjectLiteralExpression(x) ? x : constObject(x)))
    .filter((x): x is ObjectLiteralExpression => !!x);
  return objs.length === parts.filter((x) => !['null', 'undefined'].includes(unwrap(x).getText())).length ? objs : undefined;
}
