// The parsed event kept on the instance — `this.last = JSON.parse(event.data)` in the handler, read as
// `this.last.transactionReference` in another method of the class (or object literal) — is followed to those reads,
// when every value the class gives that member is this one (or null / undefined): no other object is read through it.
// Otherwise it stays an escape (flagged).
import { Node, SyntaxKind } from '#ts-morph';
import { thisHolder } from './this-holder.js';

const isEmpty = (n: Node | undefined): boolean => !n || n.getKind() === SyntaxKind.NullKeyword || n.getText() === 'undefined';

/** The reads of `this.<name>` in its class when `value` is the only value it is given; the member's declared type. */
export function memberReads(left: Node, value: Node): { reads: Node[]; types: Node[] } | undefined {
  if (!Node.isPropertyAccessExpression(left) || !Node.isThisExpression(left.getExpression())) return undefined;
  const holder = thisHolder(left);
  if (!holder) return undefined;
  const name = left.getName();
  const types: Node[] = [];
  if (Node.isClassDeclaration(holder) || Node.isClassExpression(holder)) {
    const field = holder.getInstanceProperty(name);
    if (field && !Node.isPropertyDeclaration(field)) return undefined; // an accessor: its body decides
    if (field && !isEmpty(field.getInitializer()) && field.getInitializer()) return undefined;
    const t = field?.getTypeNode();
    if (t) types.push(t);
  } else if (Node.isObjectLiteralExpression(holder)) {
    const prop = holder.getProperty(name);
    if (prop && !(Node.isPropertyAssignment(prop) && isEmpty(prop.getInitializer()))) return undefined;
  } else return undefined;
  const reads: Node[] = [];
  for (const pa of holder.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression)) {
    if (pa.getName() !== name || !Node.isThisExpression(pa.getExpression()) || thisHolder(pa) !== holder) continue;
    const p = pa.getParent();
    const assigned = p && Node.isBinaryExpression(p) && p.getLeft() === pa && p.getOperatorToken().getKind() === SyntaxKind.EqualsToken;
    if (!assigned) {
      // `this.last.x = …`, `delete this.last`, `this.last++`: read through; anything that writes the member itself is out.
      const bump = p && (Node.isPrefixUnaryExpression(p) || Node.isPostfixUnaryExpression(p))
        && [SyntaxKind.PlusPlusToken, SyntaxKind.MinusMinusToken].includes(p.getOperatorToken());
      if (p && (Node.isDeleteExpression(p) || bump)) return undefined;
      reads.push(pa);
    } else if (p.getRight() !== value && !isEmpty(p.getRight())) return undefined;
  }
  return { reads, types };
}
