// An identifier that only names a member — `secret` in `secret.secret`, `{ secret: s }`, `{ secret: string }`,
// `interface C { secret: string }`, `class C { secret = '' }`, `enum E { secret }` — is not a read of a variable
// spelled the same: a dead credentials variable `secret` stays dead when a type of the file has a `secret` member.
import { Node } from '#ts-morph';

/** Is `id` the name of a property, method, accessor or enum member (declared, assigned, read, or destructured)? */
export function namesAMember(id: Node): boolean {
  const p = id.getParent();
  if (!p) return false;
  if (Node.isPropertyAccessExpression(p) || Node.isPropertyAssignment(p) || Node.isPropertySignature(p) || Node.isMethodSignature(p) ||
      Node.isPropertyDeclaration(p) || Node.isMethodDeclaration(p) || Node.isGetAccessorDeclaration(p) || Node.isSetAccessorDeclaration(p) ||
      Node.isEnumMember(p)) {
    return p.getNameNode() === id;
  }
  // `const { secret: s } = x`: the property name (a shorthand `{ secret }` declares `secret` itself, not a member).
  return Node.isBindingElement(p) && p.getPropertyNameNode() === id;
}
