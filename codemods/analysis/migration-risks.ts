// Facts about a proven legacy call that decide extra edits or manual items: where its errors went before the
// enclosing function was made async, whether an axios instance may carry Basic `auth` into every call, and whether
// a request interceptor of its client sets the Authorization header.
import { Node, SyntaxKind, type CallExpression, type ObjectLiteralExpression, type PropertyAccessExpression } from '#ts-morph';
import { clientObjectText } from './client-object.js';
import { findDeclaration } from './resolve-binding.js';
import type { HttpCall } from './http-calls.js';
import { resolveObjectLiteralInFile } from './object-literals.js';
export { transportItems } from './transport-options.js';
import { catchesRejections, isPromiseRetryRetry, isRetryWrapper, packageOf } from './settling-wrappers.js';

/** Where errors went before the function was made async, when a rejection of the function's own promise would
 * bypass it: a callback of the request, a `.catch` on the call chain, or the framework that calls this function. */
export function callbackErrorPath(http: HttpCall, fn: Node): string | undefined {
  const chain = chainErrorPath(http, fn);
  if (chain) return chain;
  const owner = fn.getParent();
  if (owner && Node.isCallExpression(owner) && owner.getArguments().includes(fn as never) && !(awaitsItsCallback(owner) && returnsCallPromise(http, fn))) return 'the code that calls this handler';
  return undefined;
}

/** The call that receives the function awaits the promise it returns: a retry wrapper, or any call that is itself
 * awaited (`await pRetry(() => call)`); a router registering a handler (`router.post(path, fn)`) ignores it. */
function awaitsItsCallback(owner: CallExpression): boolean {
  return isRetryWrapper(owner.getExpression()) || catchesRejections(owner.getExpression()) || Node.isAwaitExpression(owner.getParent());
}

/** `fn` returns the call's promise (its chain: `() => got.post(…).json()`, `return axios.post(…)`): its caller already
 * handles a rejection, so a failed lookup awaited before the call reaches it the same way. */
function returnsCallPromise(http: HttpCall, fn: Node): boolean {
  let top: Node = http.call;
  for (let p = top.getParent(); p && (Node.isPropertyAccessExpression(p) || (Node.isCallExpression(p) && p.getExpression() === top) ||
      Node.isParenthesizedExpression(p)); p = p.getParent()) top = p;
  const parent = top.getParent();
  if (Node.isArrowFunction(fn) && fn.getBody() === top) return true;
  return !!parent && Node.isReturnStatement(parent) && parent.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a)) === fn;
}

/** The error handler of the call itself (its callback, a `.catch()`/`.end()` or a `.then(ok, err)` on its chain), which
 * never sees a failure of what the migration awaits before the call; undefined when a try block in `fn` around the
 * call catches that failure too. */
export function chainErrorPath(http: HttpCall, fn: Node): string | undefined {
  let handler: string | undefined;
  if (http.call.getArguments().some((a) => Node.isArrowFunction(a) || Node.isFunctionExpression(a))) handler = 'the request callback';
  for (let n: Node | undefined = http.call.getParent(); n && n !== fn && !handler; n = n.getParent()) {
    // promise-retry's `.catch(retry)`: a failure before the call rejects the task, and promise-retry's promise with it.
    if (Node.isPropertyAccessExpression(n) && n.getName() === 'catch' && isPromiseRetryRetry(n.getParentIfKind(SyntaxKind.CallExpression)?.getArguments()[0], fn)) continue;
    if (Node.isPropertyAccessExpression(n) && ['catch', 'end'].includes(n.getName())) handler = `the .${n.getName()}() handler`;
    else if (Node.isCallExpression(n) && n.getArguments().length === 2 && Node.isPropertyAccessExpression(n.getExpression()) &&
        (n.getExpression() as PropertyAccessExpression).getName() === 'then') handler = 'the .then() rejection handler';
    else if (Node.isCallExpression(n) && Node.isIdentifier(n.getExpression()) && packageOf(n.getExpression()) === 'await-to-js') handler = "the error element of await-to-js's to()";
    else if (Node.isCallExpression(n) && Node.isPropertyAccessExpression(n.getExpression()) && /^from(Safe)?Promise$/.test((n.getExpression() as PropertyAccessExpression).getName()) &&
        Node.isIdentifier((n.getExpression() as PropertyAccessExpression).getExpression()) && packageOf((n.getExpression() as PropertyAccessExpression).getExpression()) === 'neverthrow') handler = "the Err of neverthrow's fromPromise()";
  }
  if (!handler) return undefined;
  for (let n: Node | undefined = http.call.getParent(); n && n !== fn; n = n.getParent()) {
    if (Node.isTryStatement(n) && http.call.getAncestors().includes(n.getTryBlock() as never)) return undefined;
  }
  return handler;
}

/** May the `axios.create(...)` config set `auth`? True unless it is an object literal without `auth` or spreads. */
export function instanceMaySetAuth(cfg: Node): boolean {
  const obj = Node.isObjectLiteralExpression(cfg) ? cfg : resolveObjectLiteralInFile(cfg);
  if (!obj) return true;
  return obj.getProperties().some((p) => Node.isSpreadAssignment(p) ||
    ((Node.isPropertyAssignment(p) || Node.isShorthandPropertyAssignment(p)) && p.getName().replace(/^['"]|['"]$/g, '') === 'auth'));
}

const AUTH_TEXT = /authorization|\.auth\b|\bauth\s*[:=]|\bbasic\b/i;

/** A request interceptor registered in this file on the client of an axios call (`api.interceptors.request.use(fn)`,
 * also on the default `axios` and on a Nest HttpService's `axiosRef`) that may set the Authorization header or `auth`:
 * its function says so, or cannot be seen. Interceptors run after the call's own config is merged, so one that sets
 * the legacy Basic credentials replaces the KYX Bearer token of a migrated call. Returns the registration call. */
export function authInterceptor(http: HttpCall): CallExpression | undefined {
  if (http.client !== 'axios' && http.client !== 'axios-instance') return undefined;
  const sf = http.call.getSourceFile();
  if (!sf.getFullText().includes('interceptors')) return undefined;
  const target = clientObjectText(http.call);
  if (!target) return undefined;
  const wanted = new Set([`${target}.interceptors.request.use`, `${target}.axiosRef.interceptors.request.use`]);
  for (const c of sf.getDescendantsOfKind(SyntaxKind.CallExpression)) {
    if (!wanted.has(c.getExpression().getText().replace(/\s+/g, ''))) continue;
    const fn = c.getArguments()[0];
    if (!fn) continue;
    const body = functionInFile(fn);
    if (!body || AUTH_TEXT.test(body.getText())) return c;
  }
  return undefined;
}

/** The function an interceptor or hook argument is: written there, or a function of the same file it names. */
function functionInFile(fn: Node): Node | undefined {
  if (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) return fn;
  if (!Node.isIdentifier(fn)) return undefined;
  const d = findDeclaration(fn, fn.getText());
  return d && (Node.isFunctionDeclaration(d) || Node.isVariableDeclaration(d)) && d.getSourceFile() === fn.getSourceFile() ? d : undefined;
}

/** A `hooks: { beforeRequest: [...] }` option of a got / ky call that may set the Authorization header (its function
 * says so, or is not written there). The hooks run after the call's own options, so one that sets the legacy Basic
 * header replaces the KYX Bearer token of a migrated call. Returns the `beforeRequest` property. */
export function authHook(http: HttpCall): Node | undefined {
  if (http.client === 'ofetch') return ofetchAuthHook(http);
  if (http.client !== 'got' || !http.options) return undefined;
  return beforeRequestAuthHook(http.options);
}

/** authHook on a got / ky options object (a call's, or the config of the got.extend() / ky.create() instance). */
export function beforeRequestAuthHook(options: ObjectLiteralExpression): Node | undefined {
  const hooks = options.getProperty('hooks');
  const init = hooks && Node.isPropertyAssignment(hooks) ? hooks.getInitializer() : undefined;
  if (!hooks) return undefined;
  // `hooks` given as a variable or shorthand: what its beforeRequest does is not visible here.
  if (!init || !Node.isObjectLiteralExpression(init)) return hooks;
  const before = init.getProperty('beforeRequest');
  if (!before) return undefined;
  const list = Node.isPropertyAssignment(before) ? before.getInitializer() : undefined;
  if (!list || !Node.isArrayLiteralExpression(list)) return before;
  // Each hook written there or named from this file (`beforeRequest: [logRequest]`) is read; one not visible here may.
  return list.getElements().some((el) => {
    const body = functionInFile(el);
    // got also builds the Basic header from `username` / `password` set on the options.
    return !body || AUTH_TEXT.test(body.getText()) || /\b(username|password)\b/.test(body.getText());
  }) ? before : undefined;
}

/** An `onRequest` interceptor of an ofetch / `$fetch` call (a function, a method, or an array of them) that may set
 * the Authorization header: ofetch runs it after the call's own options, so one that sets the legacy Basic header
 * replaces the KYX Bearer token of a migrated call. Returns the `onRequest` property. */
function ofetchAuthHook(http: HttpCall): Node | undefined {
  return http.options ? onRequestAuthHook(http.options) : undefined;
}

/** ofetchAuthHook on an ofetch options object (a call's, or the config of an `ofetch.create()` instance). */
export function onRequestAuthHook(options: ObjectLiteralExpression): Node | undefined {
  const hook = options.getProperty('onRequest');
  if (!hook) return undefined;
  if (Node.isMethodDeclaration(hook)) return AUTH_TEXT.test(hook.getText()) ? hook : undefined;
  const init = Node.isPropertyAssignment(hook) ? hook.getInitializer() : Node.isShorthandPropertyAssignment(hook) ? hook.getNameNode() : undefined;
  if (!init) return hook;
  const fns = Node.isArrayLiteralExpression(init) ? init.getElements() : [init];
  // Each function written there or named from this file is read; one not visible here may set anything.
  return fns.some((f) => {
    const body = functionInFile(f);
    return !body || AUTH_TEXT.test(body.getText());
  }) ? hook : undefined;
}
