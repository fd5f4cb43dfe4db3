// Facts about a proven legacy call that decide extra edits or manual items: where its errors went before the
// enclosing function was made async, and whether an axios instance may carry Basic `auth` into every call.
import { Node, type PropertyAccessExpression } from 'ts-morph';
import type { HttpCall } from './http-calls.js';
import { resolveObjectLiteralInFile } from './object-literals.js';

/** Where errors went before the function was made async, when a rejection of the function's own promise would
 * bypass it: a callback of the request, a `.catch` on the call chain, or the framework that calls this function. */
export function callbackErrorPath(http: HttpCall, fn: Node): string | undefined {
  if (http.call.getArguments().some((a) => Node.isArrowFunction(a) || Node.isFunctionExpression(a))) return 'the request callback';
  for (let n: Node | undefined = http.call.getParent(); n && n !== fn; n = n.getParent()) {
    if (Node.isPropertyAccessExpression(n) && ['catch', 'end'].includes(n.getName())) return `the .${n.getName()}() handler`;
    if (Node.isCallExpression(n) && n.getArguments().length === 2 && Node.isPropertyAccessExpression(n.getExpression()) &&
        (n.getExpression() as PropertyAccessExpression).getName() === 'then') return 'the .then() rejection handler';
  }
  const owner = fn.getParent();
  if (owner && Node.isCallExpression(owner) && owner.getArguments().includes(fn as never)) return 'the code that calls this handler';
  return undefined;
}

/** May the `axios.create(...)` config set `auth`? True unless it is an object literal without `auth` or spreads. */
export function instanceMaySetAuth(cfg: Node): boolean {
  const obj = Node.isObjectLiteralExpression(cfg) ? cfg : resolveObjectLiteralInFile(cfg);
  if (!obj) return true;
  return obj.getProperties().some((p) => Node.isSpreadAssignment(p) ||
    ((Node.isPropertyAssignment(p) || Node.isShorthandPropertyAssignment(p)) && p.getName().replace(/^['"]|['"]$/g, '') === 'auth'));
}
