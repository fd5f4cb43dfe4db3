// The parsed event kept on the instance — `this.last = JSON.parse(event.data)` in the handler, read as
// `this.last.transactionReference` in another method of the class (or object literal) — is followed to those reads,
// when every value the class gives that member is this one (or null / undefined): no other object is read through it.
// Otherwise it stays an escape (flagged).
import { Node, SyntaxKind } from '#ts-morph';
import { assignedValue, isEmptyValue, thisMember } from './this-holder.js';

/** The reads of `this.<name>` in its class when `value` is the only value it is given; the member's declared type. */
export function memberReads(left: Node, value: Node): { reads: Node[]; types: Node[] } | undefined {
  const member = thisMember(left);
  if (!member) return undefined;
  const d = member.declaration;
  // A field initialised with something else, an accessor (its body decides), a method: not only the event.
  if (d && !((Node.isPropertyDeclaration(d) || Node.isPropertyAssignment(d)) && isEmptyValue(d.getInitializer()))) return undefined;
  const types = d && Node.isPropertyDeclaration(d) && d.getTypeNode() ? [d.getTypeNode()!] : [];
  const reads: Node[] = [];
  for (const site of member.sites) {
    const given = assignedValue(site);
    if (given) {
      if (given !== value && !isEmptyValue(given)) return undefined;
      continue;
    }
    // `delete this.last`, `this.last++`: the member itself is written.
    const p = site.getParent();
    const bump = p && (Node.isPrefixUnaryExpression(p) || Node.isPostfixUnaryExpression(p))
      && [SyntaxKind.PlusPlusToken, SyntaxKind.MinusMinusToken].includes(p.getOperatorToken());
    if (p && (Node.isDeleteExpression(p) || bump)) return undefined;
    reads.push(site);
  }
  return { reads, types };
}
