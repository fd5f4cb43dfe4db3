// Handlers that reach the request through `this` rather than a parameter: koa 1 generator middleware (`this` is the
// koa context) and controller methods of Egg.js, Midway or Sails (`this.ctx`, `this.req`, `const { ctx } = this`).
// Split out of handler-proof.ts, which uses these to tell a handler and to read its request.
import { Node, SyntaxKind } from '#ts-morph';
import { propertyKey } from '../../analysis/object-literals.js';

type Fn = Node;

/** Registration methods whose function argument is a route handler (also `createServer(fn)`, `handle(fn)`). */
export const ROUTE_METHODS = new Set(['post', 'put', 'all', 'use', 'route', 'patch', 'get', 'on', 'createServer', 'handle']);

/** A koa 1 generator middleware (`route.post('/cb', function* () { … })`, `app.use(function* (next) { … })`): the
 * request is `this` (the koa context), its body read with co-body (`yield parse.form(this)`) or `this.request.body`. */
export function koaGenerator(fn: Fn): boolean {
  const parent = fn.getParent();
  if (!Node.isFunctionExpression(fn) || !fn.isGenerator() || !parent || !Node.isCallExpression(parent) || !parent.getArguments().includes(fn as never)) return false;
  const callee = parent.getExpression();
  return ROUTE_METHODS.has(Node.isPropertyAccessExpression(callee) ? callee.getName() : callee.getText());
}

/** `this` of a koa 1 generator handler (not of a function nested in it). */
export function isKoaThis(e: Node, fn: Fn): boolean {
  if (!Node.isThisExpression(e) || !koaGenerator(fn)) return false;
  return e.getFirstAncestor((a) => Node.isFunctionExpression(a) || Node.isFunctionDeclaration(a) || Node.isMethodDeclaration(a)) === fn;
}

/** The function whose `this` an expression inside `fn` sees (arrows pass it through). */
const thisOwner = (e: Node): Node | undefined =>
  e.getFirstAncestor((a) => Node.isFunctionExpression(a) || Node.isFunctionDeclaration(a) || Node.isMethodDeclaration(a));

/** `this.ctx` / `this.req` / `this.request` of `fn` itself: the request of an Egg.js or Midway controller method
 * (`const { ctx } = this; ctx.request.body`) or of a Sails action (`this.req.allParams()`). */
export const THIS_REQUEST = /^(ctx|req|request)$/;
export function isThisRequest(e: Node, fn: Fn): boolean {
  return Node.isPropertyAccessExpression(e) && THIS_REQUEST.test(e.getName()) && Node.isThisExpression(e.getExpression()) && thisOwner(e) === fn;
}

/** Does `fn` reach its request through `this` (isThisRequest), directly or as `const { ctx } = this`? */
export function readsThisRequest(fn: Fn): boolean {
  if (!Node.isMethodDeclaration(fn) && !Node.isFunctionExpression(fn)) return false;
  if (!/\bthis\.(ctx|req|request)\b|\{[^}]*\b(ctx|req|request)\b[^}]*\}\s*=\s*this\b/.test(fn.getText())) return false;
  return fn.getDescendantsOfKind(SyntaxKind.ThisKeyword).some((t) => thisOwner(t) === fn && (isThisRequest(t.getParent()!, fn) || thisBinding(t, fn)));
}

/** `const { ctx } = this` in `fn`: the destructured request names of `fn`'s `this`. */
export function thisBinding(t: Node, fn: Fn): boolean {
  const v = t.getParent();
  if (!v || !Node.isVariableDeclaration(v) || v.getInitializer() !== t || thisOwner(t) !== fn) return false;
  const pattern = v.getNameNode();
  return Node.isObjectBindingPattern(pattern) && pattern.getElements().some((el) => THIS_REQUEST.test(propertyKey(el.getPropertyNameNode() ?? el.getNameNode()) ?? ''));
}
