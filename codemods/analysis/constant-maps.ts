// Maps that hold constant values: a `Map` built from a literal list of [key, value] pairs that nothing writes to
// afterwards, read by static-strings.ts for `map.get(key)` (a region map of legacy hosts: `HOSTS.get(dc)`).
import { Node, SyntaxKind, type ObjectLiteralExpression } from '#ts-morph';
import { type EvalContext, unwrap } from './eval-context.js';
import { findDeclaration, memberOf, resolveIdentifier, type BoundValue } from './resolve-binding.js';

/** The [key, value] entries of a Map never written to (string keys; no `.set(` / `.delete(` / `.clear(` on its name in
 * the file): `const m = new Map([[k, v], …])`, or a class member only the class can write — `static #hosts = new
 * Map(…)` read as `Client.#hosts`, a private or readonly one read as `this.hosts` / `Client.HOSTS`. */
export function mapEntries(target: Node): [string | undefined, Node][] | undefined {
  const src = mapSource(unwrap(target));
  if (!src) return undefined;
  const init = unwrap(src.init);
  const list = Node.isNewExpression(init) && init.getExpression().getText() === 'Map' ? init.getArguments()[0] : undefined;
  if (!list || !Node.isArrayLiteralExpression(list)) return undefined;
  const name = src.name.replace(/\$/g, '\\$');
  if (new RegExp(`(^|[^\\w$#])${name}\\s*\\.\\s*(set|delete|clear)\\s*\\(`).test(target.getSourceFile().getFullText())) return undefined;
  const out: [string | undefined, Node][] = [];
  for (const el of list.getElements()) {
    const pair = unwrap(el);
    if (!Node.isArrayLiteralExpression(pair) || pair.getElements().length !== 2) return undefined;
    const [k, v] = pair.getElements();
    if (!k || !v) return undefined;
    out.push([Node.isStringLiteral(k) || Node.isNoSubstitutionTemplateLiteral(k) ? k.getLiteralValue() : undefined, v]);
  }
  return out;
}

function mapSource(t: Node): { init: Node; name: string } | undefined {
  if (Node.isIdentifier(t)) {
    const d = findDeclaration(t, t.getText());
    if (!d || !Node.isVariableDeclaration(d) || d.getVariableStatement()?.getDeclarationKind() !== 'const') return undefined;
    const init = d.getInitializer();
    return init && { init, name: t.getText() };
  }
  if (!Node.isPropertyAccessExpression(t)) return undefined;
  const owner = t.getExpression();
  const cls = Node.isThisExpression(owner) ? owner.getFirstAncestorByKind(SyntaxKind.ClassDeclaration)
    : Node.isIdentifier(owner) ? findDeclaration(owner, owner.getText()) : undefined;
  if (!cls || !Node.isClassDeclaration(cls)) return undefined;
  const name = t.getName();
  const prop = cls.getProperties().find((p) => p.getName() === name && p.isStatic() === !Node.isThisExpression(owner));
  const init = prop?.getInitializer();
  if (!prop || !init || !(name.startsWith('#') || prop.isReadonly() || prop.hasModifier(SyntaxKind.PrivateKeyword))) return undefined;
  // A member the class assigns again (`this.hosts = …`, `Client.#hosts = …`) holds another map then.
  const reassigned = cls.getDescendantsOfKind(SyntaxKind.BinaryExpression).some((b) => b.getOperatorToken().getKind() === SyntaxKind.EqualsToken &&
    Node.isPropertyAccessExpression(b.getLeft()) && (b.getLeft() as import('ts-morph').PropertyAccessExpression).getName() === name);
  return reassigned ? undefined : { init, name };
}

/** `settings[INITIATE]` where the object literal spells `[INITIATE]: '…'` and INITIATE is a `const` holding a fresh
 * `Symbol(…)` (a private registry key): that property's value (hold-out round 14). No such property: undefined. */
export function symbolKeyedValue(obj: ObjectLiteralExpression, key: Node): BoundValue | undefined {
  const k = unwrap(key);
  const decl = Node.isIdentifier(k) ? findDeclaration(k, k.getText()) : undefined;
  const init = decl && Node.isVariableDeclaration(decl) && decl.getVariableStatement()?.getDeclarationKind() === 'const' ? decl.getInitializer() : undefined;
  if (!init || !Node.isCallExpression(init) || init.getExpression().getText() !== 'Symbol') return undefined;
  for (const p of obj.getProperties()) {
    const name = Node.isPropertyAssignment(p) ? p.getNameNode() : undefined;
    const e = name && Node.isComputedPropertyName(name) ? name.getExpression() : undefined;
    if (e && Node.isIdentifier(e) && findDeclaration(e, e.getText()) === decl) return { kind: 'expr', expr: (p as import('ts-morph').PropertyAssignment).getInitializerOrThrow() };
  }
  return undefined;
}

/** `HOSTS.find((h) => h.code === dc)!.origin`, directly or through a const holding the found record: the `name` of every
 * record of a const array literal of object literals (`as const`, Object.freeze) that the file never writes to, like a
 * region map read with a runtime key (hold-out round 14). An element without that property gives undefined. */
export function foundRecordValues(target: Node, name: string, ctx: EvalContext): (Node | undefined)[] | undefined {
  let t = unwrap(target);
  if (Node.isIdentifier(t)) {
    const d = findDeclaration(t, t.getText());
    const init = d && Node.isVariableDeclaration(d) && d.getVariableStatement()?.getDeclarationKind() === 'const' ? d.getInitializer() : undefined;
    if (!init || new RegExp(`(^|[^\\w$.])${t.getText().replace(/\$/g, '\\$')}\\s*(\\??\\.\\s*[\\w$]+|\\[[^\\]]*\\])\\s*=[^=]`).test(t.getSourceFile().getFullText())) return undefined;
    t = unwrap(init);
  }
  const callee = Node.isCallExpression(t) && t.getArguments().length === 1 ? unwrap(t.getExpression()) : undefined;
  const arr = callee && Node.isPropertyAccessExpression(callee) && callee.getName() === 'find' ? unwrap(callee.getExpression()) : undefined;
  const bound = arr && Node.isIdentifier(arr) ? resolveIdentifier(arr, ctx) : undefined;
  let list = bound?.kind === 'expr' ? unwrap(bound.expr) : undefined;
  if (list && Node.isCallExpression(list) && list.getExpression().getText() === 'Object.freeze' && list.getArguments().length === 1) list = unwrap(list.getArguments()[0]!);
  if (!list || !Node.isArrayLiteralExpression(list) || !list.getElements().length) return undefined;
  const decl = list.getFirstAncestor((a) => Node.isVariableDeclaration(a));
  if (!decl || !Node.isVariableDeclaration(decl) || decl.getVariableStatement()?.getDeclarationKind() !== 'const') return undefined;
  // Written to: an element pushed, spliced or replaced, or a record's property assigned.
  const arrName = decl.getName().replace(/\$/g, '\\$');
  if (new RegExp(`(^|[^\\w$.])${arrName}\\s*(\\.\\s*(push|unshift|splice|fill|copyWithin)\\s*\\(|\\[[^\\]]*\\]\\s*(\\.\\s*[\\w$]+\\s*)?=[^=])`).test(list.getSourceFile().getFullText())) return undefined;
  const out: (Node | undefined)[] = [];
  for (const el of list.getElements()) {
    const rec = unwrap(el);
    if (!Node.isObjectLiteralExpression(rec)) return undefined;
    const v = memberOf({ kind: 'literal', node: rec }, name, ctx);
    out.push(v?.kind === 'expr' ? v.expr : undefined);
  }
  return out;
}
