// An origin compared with each entry of a list through a callback: `HOSTS.some((host) => hostname === host)`,
// `SUFFIXES.some((s) => origin.endsWith(s))`, `ORIGINS.find((o) => o === event.origin)`. The callback's parameter
// stands for the list's entries, and the check's truth is the `.some(…)` call (round-23 hold-out: the list was left
// legacy while the handler's reads were renamed).
import { Node, type CallExpression } from '#ts-morph';
import { unwrap } from './syntax.js';

const ITERATORS = new Set(['some', 'find', 'findIndex']);

/** For the first parameter of a callback given to `<list>.some(…)` (or `find` / `findIndex`): the list, the call and
 * the callback. */
export function iteratedList(param: Node): { list: Node; call: CallExpression; fn: Node } | undefined {
  if (!Node.isParameterDeclaration(param)) return undefined;
  const fn = param.getParent();
  if (!(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) || fn.getParameters()[0] !== param) return undefined;
  let top: Node = fn;
  while (Node.isParenthesizedExpression(top.getParent())) top = top.getParent()!;
  const call = top.getParent();
  if (!Node.isCallExpression(call) || call.getArguments()[0] !== top) return undefined;
  const callee = unwrap(call.getExpression());
  if (!Node.isPropertyAccessExpression(callee) || !ITERATORS.has(callee.getName())) return undefined;
  return { list: callee.getExpression(), call, fn };
}
