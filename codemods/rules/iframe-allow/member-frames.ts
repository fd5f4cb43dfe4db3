// An element kept on the instance: `this.frame = document.createElement('iframe')` in one method of a widget class
// (or of an object literal's methods), `this.frame.src = url` in another. What `this.frame` holds is what the class
// assigns to that member — its field initializer and every `this.frame = …` of its instance methods — so the frame
// is proven as a `const frame = document.createElement('iframe')` is.
import { Node, type PropertyAccessExpression } from '#ts-morph';
import { assignedValue, isEmptyValue, thisHolder, thisMember } from '../../analysis-frontend/this-holder.js';

/** The values `this.<name>` is given in its class or object (field initializer, `this.<name> = …` of its methods);
 * undefined when `this` is unknown there or the member is never assigned. */
export function memberValues(u: PropertyAccessExpression): Node[] | undefined {
  const member = thisMember(u);
  if (!member) return undefined;
  const d = member.declaration;
  const init = d && (Node.isPropertyDeclaration(d) || Node.isPropertyAssignment(d)) ? d.getInitializer() : undefined;
  // `{ frame: null, open() { this.frame = … } }`: a null placeholder is no value; nor is a reset when the widget closes.
  const values = [init, ...member.sites.map(assignedValue)].filter((v): v is Node => !isEmptyValue(v));
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
