// Facts about a proven legacy call that decide extra edits or manual items: where its errors went before the
// enclosing function was made async, and whether an axios instance may carry Basic `auth` into every call.
import { Node, type PropertyAccessExpression } from 'ts-morph';
import type { HttpCall } from './http-calls.js';
import { resolveObjectLiteralInFile } from './object-literals.js';

/** Where errors went before the function was made async, when a rejection of the function's own promise would
 * bypass it: a callback of the request, a `.catch` on the call chain, or the framework that calls this function. */
export function callbackErrorPath(http: HttpCall, fn: Node): string | undefined {
  const chain = chainErrorPath(http, fn);
  if (chain) return chain;
  const owner = fn.getParent();
  if (owner && Node.isCallExpression(owner) && owner.getArguments().includes(fn as never)) return 'the code that calls this handler';
  return undefined;
}

/** The error handler of the call itself (its callback, a `.catch()`/`.end()` or a `.then(ok, err)` on its chain), which
 * never sees a failure of what the migration awaits before the call; undefined when a try block in `fn` around the
 * call catches that failure too. */
export function chainErrorPath(http: HttpCall, fn: Node): string | undefined {
  let handler: string | undefined;
  if (http.call.getArguments().some((a) => Node.isArrowFunction(a) || Node.isFunctionExpression(a))) handler = 'the request callback';
  for (let n: Node | undefined = http.call.getParent(); n && n !== fn && !handler; n = n.getParent()) {
    if (Node.isPropertyAccessExpression(n) && ['catch', 'end'].includes(n.getName())) handler = `the .${n.getName()}() handler`;
    else if (Node.isCallExpression(n) && n.getArguments().length === 2 && Node.isPropertyAccessExpression(n.getExpression()) &&
        (n.getExpression() as PropertyAccessExpression).getName() === 'then') handler = 'the .then() rejection handler';
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
