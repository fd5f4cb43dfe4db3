// What `this` stands for at a node: the class (instance members) or the object literal whose method holds it.
// Shared by iframe-allow's frames kept on `this.frame` and the event data kept on `this.last` (member-flow.ts).
import { Node } from '#ts-morph';

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
