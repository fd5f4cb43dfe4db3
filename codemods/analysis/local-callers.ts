// Where a value a function returns goes next, in the same file: the calls of that function. A service function that
// returns the legacy response (`return response.data`) and the route of the same file that reads
// `result.redirectUrl` from it are one flow; without this the response "left whole" at the return.
import { Node, SyntaxKind, ts, type CallExpression } from '#ts-morph';
import { descendantsOfKinds } from '../engine/descendants.js';
import { exportsName, isExportedDeclaration } from './exports.js';
import { bindsTo } from './scope.js';

type FunctionNode = Node;

const IDENTIFIER = new Set([SyntaxKind.Identifier]);

/** The name a function is called by in its file, and the declaration that name binds: `function f`, `const f = …`,
 * a class method (`this.f(…)` in the same class), or a member of an object literal held by a const (`svc.f(…)`, and
 * `this.f(…)` in the object's own methods): `owner` is that const's name. */
function nameOf(fn: FunctionNode): { name: string; decl: Node; method?: Node; owner?: Node } | undefined {
  if (Node.isFunctionDeclaration(fn)) {
    const id = fn.getNameNode();
    return id ? { name: id.getText(), decl: id } : undefined;
  }
  const member = Node.isMethodDeclaration(fn) ? fn : Node.isPropertyAssignment(fn.getParent()) && (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) ? fn.getParent() : undefined;
  const obj = member?.getParent();
  const objHolder = obj && Node.isObjectLiteralExpression(obj) ? obj.getParent() : undefined;
  if (member && Node.isVariableDeclaration(objHolder) && objHolder.getInitializer() === obj && Node.isIdentifier(objHolder.getNameNode())) {
    const key = (member as import('ts-morph').MethodDeclaration).getNameNode();
    return Node.isIdentifier(key) ? { name: key.getText(), decl: key, method: obj, owner: objHolder.getNameNode() } : undefined;
  }
  if (Node.isMethodDeclaration(fn)) return Node.isIdentifier(fn.getNameNode()) ? { name: fn.getName(), decl: fn.getNameNode(), method: fn } : undefined;
  const holder = fn.getParent();
  if ((Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) && Node.isVariableDeclaration(holder) && holder.getInitializer() === fn) {
    const id = holder.getNameNode();
    return Node.isIdentifier(id) ? { name: id.getText(), decl: id } : undefined;
  }
  return undefined;
}

/** May code outside the file call it (exported, a public method, or a protected one of an exported class)? Then the
 * value also leaves the file. */
function reachableFromOutside(fn: FunctionNode, name: string): boolean {
  if (Node.isMethodDeclaration(fn)) {
    if (fn.getName().startsWith('#') || fn.hasModifier(SyntaxKind.PrivateKeyword)) return false;
    const cls = fn.getParent();
    const className = Node.isClassDeclaration(cls) ? cls.getName() : undefined;
    return !fn.hasModifier(SyntaxKind.ProtectedKeyword) || !className || isExportedDeclaration(cls!) || exportsName(fn.getSourceFile(), className);
  }
  const st = Node.isFunctionDeclaration(fn) ? fn : fn.getFirstAncestor((a) => Node.isVariableStatement(a));
  // The `export` modifier, or a statement exporting the name (`module.exports = { f }`, `export { f }`…).
  return (!!st && isExportedDeclaration(st)) || exportsName(fn.getSourceFile(), name);
}

/** The name in a statement that exports it: `export { f }`, `export default f`, `module.exports = f` / `{ f }` /
 * `{ x: f }`, `exports.x = f` — not a use that takes the value elsewhere in the file. */
function isExportStatementUse(d: Node): boolean {
  const p = d.getParent();
  if (Node.isExportSpecifier(p)) return !p.getExportDeclaration().getModuleSpecifier();
  if (Node.isExportAssignment(p)) return true;
  const isExportsTarget = (b: Node | undefined, member: boolean): boolean => Node.isBinaryExpression(b) &&
    b.getOperatorToken().getKind() === SyntaxKind.EqualsToken && (member ? /^(module\.)?exports(\.\w+)?$/ : /^module\.exports$/).test(b.getLeft().getText().replace(/\s+/g, ''));
  if (Node.isBinaryExpression(p) && p.getRight() === d) return isExportsTarget(p, true);
  const inObject = (Node.isShorthandPropertyAssignment(p) && p.getNameNode() === d) || (Node.isPropertyAssignment(p) && p.getInitializer() === d);
  const obj = inObject ? p!.getParent() : undefined;
  return !!obj && Node.isObjectLiteralExpression(obj) && isExportsTarget(obj.getParent(), false);
}

/** The calls of `fn` in its own file (`f(…)`, or `this.f(…)` in its class), and whether the function is also
 * reachable from outside the file. Undefined when `fn` has no name to be called by, or when its file uses it other
 * than by calling it (`new CircuitBreaker(f)`, `pRetry(f)`, `router.post(path, f)`): the value goes where that leads. */
export function localCallers(fn: FunctionNode): { calls: CallExpression[]; external: boolean } | undefined {
  const named = nameOf(fn);
  if (!named) return undefined;
  if (named.owner) return objectMemberCallers(named.name, named.owner, named.method!);
  const calls: CallExpression[] = [];
  let escapes = false;
  const classes = named.method ? subclassScopes(named.method.getParentOrThrow(), named.name) : { scopes: [fn.getSourceFile()], overriding: [] };
  const scopes = [...classes.scopes, ...classes.overriding];
  // Only identifiers spelled like the name, in the scopes, are wrapped (the per-parse index of descendants.ts).
  const spelled = descendantsOfKinds(fn.getSourceFile(), IDENTIFIER, (n) => (n as ts.Identifier).text === named.name &&
    scopes.some((sc) => n.pos >= sc.getPos() && n.end <= sc.getEnd()));
  for (const d of spelled) {
    if (escapes || d === named.decl) continue;
    const parent = d.getParent();
    let use: Node = d;
    if (named.method) {
      if (!Node.isPropertyAccessExpression(parent) || parent.getNameNode() !== d) continue;
      const on = parent.getExpression();
      const overridden = classes.overriding.some((c) => d.getPos() >= c.getPos() && d.getEnd() <= c.getEnd());
      if (!Node.isSuperExpression(on) && !Node.isThisExpression(on)) continue;
      // `this.f(…)` where a subclass overrides f may run the override: not this function's value alone.
      if (Node.isThisExpression(on) && (overridden || classes.overriding.length > 0)) {
        if (!overridden) escapes = true;
        continue;
      }
      use = parent;
    } else if (!bindsTo(d, named.decl) || (Node.isPropertyAccessExpression(parent) && parent.getNameNode() === d)) continue;
    const call = use.getParent();
    if (Node.isCallExpression(call) && call.getExpression() === use) calls.push(call);
    else if (!named.method && isExportStatementUse(d)) continue; // `external` says so
    else escapes = true;
  }
  return escapes ? undefined : { calls, external: reachableFromOutside(fn, named.name) };
}

/** The calls of the member `name` of the object literal `obj` held by the const `owner`: `owner.name(…)` in the file,
 * `this.name(…)` in the object's methods. Undefined when the file hands the object (or the member) on otherwise —
 * `const { name } = owner`, `pRetry(owner.name)`, `register(owner)` — except in a statement that exports it. */
function objectMemberCallers(name: string, owner: Node, obj: Node): { calls: CallExpression[]; external: boolean } | undefined {
  const sf = owner.getSourceFile();
  const calls: CallExpression[] = [];
  const ownerName = owner.getText();
  for (const d of descendantsOfKinds(sf, IDENTIFIER, (n) => (n as ts.Identifier).text === ownerName)) {
    if (d === owner || !bindsTo(d, owner)) continue;
    const access = d.getParent();
    if (Node.isPropertyAccessExpression(access) && access.getExpression() === d) {
      if (access.getName() !== name) continue;
      const call = access.getParent();
      if (!Node.isCallExpression(call) || call.getExpression() !== access) return undefined;
      calls.push(call);
    } else if (!isExportStatementUse(d)) return undefined;
  }
  for (const d of descendantsOfKinds(sf, IDENTIFIER, (n) => (n as ts.Identifier).text === name && n.pos >= obj.getPos() && n.end <= obj.getEnd())) {
    const access = d.getParent();
    if (!Node.isPropertyAccessExpression(access) || access.getNameNode() !== d || !Node.isThisExpression(access.getExpression())) continue;
    const call = access.getParent();
    if (!Node.isCallExpression(call) || call.getExpression() !== access) return undefined;
    calls.push(call);
  }
  const st = owner.getFirstAncestor((a) => Node.isVariableStatement(a));
  return { calls, external: (!!st && isExportedDeclaration(st)) || exportsName(sf, ownerName) };
}

/** A method's class and the classes of the file extending it (their `this.f(…)` calls it too: hold-out round 50's
 * protected `initiate` of an abstract base). A subclass declaring its own member of that name reaches this one only
 * through `super.f(…)` (hold-out round 62: the override reads the answer and returns it): it is `overriding`. */
function subclassScopes(cls: Node, name: string): { scopes: Node[]; overriding: Node[] } {
  const scopes = [cls];
  const overriding: Node[] = [];
  for (let i = 0; i < scopes.length; i++) {
    const base = scopes[i]!;
    const baseName = Node.isClassDeclaration(base) ? base.getName() : undefined;
    if (!baseName) continue;
    for (const sub of base.getSourceFile().getDescendantsOfKind(SyntaxKind.ClassDeclaration)) {
      if (scopes.includes(sub) || overriding.includes(sub) || sub.getExtends()?.getExpression().getText() !== baseName) continue;
      if (sub.getMembers().some((m) => (m as { getName?(): string }).getName?.() === name)) overriding.push(sub);
      else scopes.push(sub);
    }
  }
  return { scopes, overriding };
}
