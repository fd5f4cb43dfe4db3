// An object literal whose getters and methods can only ever run with `this` = that object: the initializer of a
// `const` of this file that is not exported, every reference to which is a property read (`jumio.initiateUrl`,
// `jumio.host`) — never written, deleted, passed, spread or exported (`module.exports = jumio` is a bare reference) —
// and whose own members never assign `this.x`. Then `jumio.initiateUrl`, a getter returning `this.host + '/api/…'`,
// is what the getter returns with `this.host` read from the literal (round-14 hold-out auth-object-getter-url). An
// exported object stays unknown: its methods can be called with another receiver (round-10 hold-out).
import { Node, SyntaxKind, type GetAccessorDeclaration, type ObjectLiteralExpression } from '#ts-morph';
import { identifiersSpelled } from '../engine/descendants.js';
import { unwrap } from './eval-context.js';
import { isExportedDeclaration } from './exports.js';
import { findDeclaration } from './resolve-binding.js';
import { isWritten } from './written.js';

const sealed = new WeakMap<Node, boolean>();

export function isSealedObject(obj: ObjectLiteralExpression): boolean {
  let yes = sealed.get(obj);
  if (yes === undefined) sealed.set(obj, (yes = computeSealed(obj)));
  return yes;
}

function computeSealed(obj: ObjectLiteralExpression): boolean {
  let decl: Node | undefined = obj.getParent();
  while (decl && (Node.isAsExpression(decl) || Node.isSatisfiesExpression(decl) || Node.isParenthesizedExpression(decl))) decl = decl.getParent();
  if (!decl || !Node.isVariableDeclaration(decl) || unwrap(decl.getInitializer() ?? decl) !== obj) return false;
  const statement = decl.getVariableStatement();
  const nameNode = decl.getNameNode();
  if (!statement || statement.getDeclarationKind() !== 'const' || isExportedDeclaration(statement) || !Node.isIdentifier(nameNode)) return false;
  const name = nameNode.getText();
  for (const id of identifiersSpelled(decl.getSourceFile(), name, false)) {
    if (id === nameNode || findDeclaration(id, name) !== decl) continue;
    const access = id.getParent();
    if (!access || !Node.isPropertyAccessExpression(access) || access.getExpression() !== id || isWritten(access)) return false;
  }
  // A member that sets `this.x` changes what the others read.
  for (const t of obj.getDescendantsOfKind(SyntaxKind.ThisKeyword)) {
    const access = t.getParent();
    if (access && Node.isPropertyAccessExpression(access) && isWritten(access)) return false;
  }
  return true;
}

/** The getter `name` of a sealed object literal. */
export function sealedGetter(obj: ObjectLiteralExpression, name: string): GetAccessorDeclaration | undefined {
  const getter = obj.getProperties().find((p): p is GetAccessorDeclaration => Node.isGetAccessorDeclaration(p) && p.getName() === name);
  return getter && isSealedObject(obj) ? getter : undefined;
}

/** The object `this` is inside a getter or method of a sealed object literal (not inside a nested function). */
export function thisObject(thisNode: Node): ObjectLiteralExpression | undefined {
  // An arrow's `this` is its enclosing function's.
  const fn = thisNode.getFirstAncestor((a) => (Node.isFunctionLikeDeclaration(a) && !Node.isArrowFunction(a)) || Node.isFunctionExpression(a) ||
    Node.isClassDeclaration(a) || Node.isClassExpression(a));
  const obj = fn && (Node.isGetAccessorDeclaration(fn) || Node.isMethodDeclaration(fn)) ? fn.getParent() : undefined;
  return obj && Node.isObjectLiteralExpression(obj) && isSealedObject(obj) ? obj : undefined;
}
