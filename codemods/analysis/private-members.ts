// The private class member a `this.x` / `this.#x` / `Client.#HOST` access reaches, when it is one the dead-code passes
// may remove once nothing reads it (unused-declarations.ts, the retrieval rule's dead-declarations.ts).
import { Node, SyntaxKind, type GetAccessorDeclaration, type MethodDeclaration, type PropertyDeclaration } from '#ts-morph';
import { sideEffectFree } from './side-effect-free.js';
import { staticBlockWrites } from './static-block-fields.js';

/** The private, side-effect-free field `this.x` / `this.#x` reads (a static one: `Client.#HOST` inside class Client),
 * or the private method it calls (`this.#authorization()`: once no call is left, the method is dead code), if any. */
export function privateField(access: import('ts-morph').PropertyAccessExpression): PropertyDeclaration | MethodDeclaration | GetAccessorDeclaration | undefined {
  const cls = access.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a));
  if (!cls || !(Node.isClassDeclaration(cls) || Node.isClassExpression(cls))) return undefined;
  const target = access.getExpression();
  const viaThis = Node.isThisExpression(target);
  if (!viaThis && !(Node.isIdentifier(target) && cls.getName() === target.getText())) return undefined;
  const isPrivate = (m: PropertyDeclaration | MethodDeclaration) => m.getName().startsWith('#') || m.hasModifier(SyntaxKind.PrivateKeyword);
  // A private getter (`private get basic() { return 'Basic ' + … }`) is dead code once nothing reads it; no setter pairs it.
  const getter = cls.getGetAccessor(access.getName());
  if (getter) {
    const privateGetter = getter.getName().startsWith('#') || getter.hasModifier(SyntaxKind.PrivateKeyword);
    return privateGetter && getter.isStatic() === !viaThis && !getter.getDecorators().length && !cls.getSetAccessor(access.getName()) ? getter : undefined;
  }
  const method = cls.getMethods().find((m) => m.getName() === access.getName());
  if (method) {
    const called = Node.isCallExpression(access.getParent()) && (access.getParent() as import('ts-morph').CallExpression).getExpression() === access;
    return called && isPrivate(method) && method.isStatic() === !viaThis && !method.getDecorators().length && !method.getOverloads().length ? method : undefined;
  }
  const member = cls.getProperties().find((m) => m.getName() === access.getName());
  if (!member || member.isStatic() === viaThis || member.hasDeclareKeyword() || member.getDecorators().length) return undefined;
  const init = member.getInitializer();
  // `static #url;` set in a static block (static-block-fields.ts): removed with the statements that set it.
  if (!init && isPrivate(member) && staticBlockWrites(member)) return member;
  return isPrivate(member) && init && sideEffectFree(init) ? member : undefined;
}
