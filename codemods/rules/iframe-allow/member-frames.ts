// An element kept on the instance: `this.frame = document.createElement('iframe')` in one method of a widget class
// (or of an object literal's methods), `this.frame.src = url` in another. What `this.frame` holds is what the class
// assigns to that member — its field initializer and every `this.frame = …` of its instance methods — so the frame
// is proven as a `const frame = document.createElement('iframe')` is.
import { Node, SyntaxKind, type PropertyAccessExpression } from '#ts-morph';
import { thisHolder } from '../../analysis-frontend/this-holder.js';

/** The values `this.<name>` is given in its class or object (field initializer, `this.<name> = …` of its methods);
 * undefined when `this` is unknown there or the member is never assigned. */
export function memberValues(u: PropertyAccessExpression): Node[] | undefined {
  if (!Node.isThisExpression(u.getExpression())) return undefined;
  const holder = thisHolder(u);
  if (!holder) return undefined;
  const name = u.getName();
  const values: Node[] = [];
  if (Node.isClassDeclaration(holder) || Node.isClassExpression(holder)) {
    const field = holder.getInstanceProperty(name);
    const init = field && Node.isPropertyDeclaration(field) ? field.getInitializer() : undefined;
    if (init) values.push(init);
  } else if (Node.isObjectLiteralExpression(holder)) {
    const prop = holder.getProperty(name);
    const init = prop && Node.isPropertyAssignment(prop) ? prop.getInitializer() : undefined;
    // `{ frame: null, open() { this.frame = … } }`: a null placeholder is no value.
    if (init && init.getKind() !== SyntaxKind.NullKeyword) values.push(init);
  }
  for (const bin of holder.getDescendantsOfKind(SyntaxKind.BinaryExpression)) {
    if (bin.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) continue;
    const left = bin.getLeft();
    if (!Node.isPropertyAccessExpression(left) || left.getName() !== name || !Node.isThisExpression(left.getExpression())) continue;
    if (thisHolder(left) !== holder) continue;
    // Clearing it (`this.frame = null` when the widget closes) gives it no other element.
    if (bin.getRight().getKind() === SyntaxKind.NullKeyword || bin.getRight().getText() === 'undefined') continue;
    values.push(bin.getRight());
  }
  return values.length ? values : undefined;
}

/** What every value of `this.<name>` is (`originOf` each), when they agree; undefined otherwise. */
export function heldOrigin<T>(u: PropertyAccessExpression, originOf: (value: Node) => T | undefined): T | undefined {
  const origins = memberValues(u)?.map(originOf);
  return origins?.every((o) => o === origins[0]) ? origins[0] : undefined;
}

/** `this.frame` of one class (or object) is not `this.frame` of another in the same file: the key of its sites. */
export function memberKey(u: Node): string | undefined {
  if (!Node.isPropertyAccessExpression(u) || !Node.isThisExpression(u.getExpression())) return undefined;
  const holder = thisHolder(u);
  return holder ? `this@${holder.getStart()}.${u.getName()}` : undefined;
}
