// What `this` stands for at a node: the class (instance members) or the object literal whose method holds it.
// Shared by iframe-allow's frames kept on `this.frame` and the event data kept on `this.last` (member-flow.ts).
import { Node, SyntaxKind, type PropertyAccessExpression } from '#ts-morph';

type Holder = Node; // a ClassDeclaration / ClassExpression, or an ObjectLiteralExpression

/** The class or object literal `this` stands for at `node`; undefined where it is unknown (a plain function, a static
 * member, the top level). Arrow functions take `this` from where they are written. */
export function thisHolder(node: Node): Holder | undefined {
  for (let cur = node.getParent(); cur; cur = cur.getParent()) {
    if (Node.isArrowFunction(cur)) continue;
    if (Node.isMethodDeclaration(cur) || Node.isGetAccessorDeclaration(cur) || Node.isSetAccessorDeclaration(cur)) {
      if (cur.isStatic?.()) return undefined;
      const p = cur.getParent();
      return Node.isClassDeclaration(p) || Node.isClassExpression(p) || Node.isObjectLiteralExpression(p) ? p : undefined;
    }
    if (Node.isConstructorDeclaration(cur)) return cur.getParent();
    if (Node.isPropertyDeclaration(cur)) return cur.isStatic() ? undefined : cur.getParent();
    if (Node.isFunctionExpression(cur)) {
      // `{ open: function () { this.frame = … } }`: the object literal's method.
      const p = cur.getParent();
      return Node.isPropertyAssignment(p) && p.getInitializer() === cur ? p.getParent() : undefined;
    }
    if (Node.isFunctionDeclaration(cur) || Node.isClassStaticBlockDeclaration(cur) || Node.isSourceFile(cur)) return undefined;
  }
  return undefined;
}

export interface ThisMember {
  holder: Holder;
  /** The member's declaration in the holder: a class field / accessor, an object literal's property. */
  declaration?: Node;
  /** Every `this.<name>` of the holder's own `this` (reads and assignment targets). */
  sites: PropertyAccessExpression[];
}

/** `this.<name>` at `u`: its holder, declaration and every site; undefined where `this` is unknown. */
export function thisMember(u: Node): ThisMember | undefined {
  if (!Node.isPropertyAccessExpression(u) || !Node.isThisExpression(u.getExpression())) return undefined;
  const holder = thisHolder(u);
  if (!holder) return undefined;
  const name = u.getName();
  const declaration = Node.isClassDeclaration(holder) || Node.isClassExpression(holder) ? holder.getInstanceProperty(name)
    : Node.isObjectLiteralExpression(holder) ? holder.getProperty(name) : undefined;
  const sites = holder.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression)
    .filter((pa) => pa.getName() === name && Node.isThisExpression(pa.getExpression()) && thisHolder(pa) === holder);
  return { holder, declaration, sites };
}

/** The value a site is given (`this.x = value`), or undefined for a read. */
export function assignedValue(site: Node): Node | undefined {
  const p = site.getParent();
  return p && Node.isBinaryExpression(p) && p.getLeft() === site && p.getOperatorToken().getKind() === SyntaxKind.EqualsToken ? p.getRight() : undefined;
}

/** `null` / `undefined` / nothing: a placeholder or a reset, no value. */
export const isEmptyValue = (n: Node | undefined): boolean => !n || n.getKind() === SyntaxKind.NullKeyword || n.getText() === 'undefined';
