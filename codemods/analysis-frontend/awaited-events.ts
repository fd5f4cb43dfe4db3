// One window message awaited as a promise (hold-out round 15): p-event's `const event = await pEvent(window, 'message',
// { filter: (e) => e.origin.endsWith(…) })` in an async function, or `pEvent(…).then((event) => …)`. The awaiting
// function is the handler and the awaited expression its event (analyzeEventData's `start`); a `.then` callback is an
// ordinary handler. The filter option's callback gets each MessageEvent first: an event stage, whose origin check is
// the one that lets the awaited event through (as an rxjs `filter` before the subscriber).
import { Node, SyntaxKind, type CallExpression } from '#ts-morph';
import { enclosingFunction, resolveIdentifier, stringValue, unwrap, type FunctionLikeNode } from './syntax.js';
import { isWindowTarget } from './listener-targets.js';

export interface AwaitedMessage {
  /** The awaiting function and the awaited expression, or the `.then` callback. */
  fn?: FunctionLikeNode;
  start?: Node;
  callback?: Node;
  stages: { fn: FunctionLikeNode; mode: 'event' }[];
}

export function awaitedWindowMessage(call: CallExpression, resolveFn: (callback: Node) => FunctionLikeNode | undefined): AwaitedMessage | undefined {
  const callee = unwrap(call.getExpression());
  const spec = Node.isIdentifier(callee) ? resolveIdentifier(callee) : undefined;
  if (!spec || !Node.isImportSpecifier(spec) || spec.getName() !== 'pEvent' || !/^p-event$/.test(spec.getImportDeclaration().getModuleSpecifierValue())) return undefined;
  const [target, name, options] = call.getArguments();
  if (!target || !isWindowTarget(target) || stringValue(name) !== 'message') return undefined;
  const filter = options && Node.isObjectLiteralExpression(unwrap(options)) ? (unwrap(options) as import('#ts-morph').ObjectLiteralExpression).getProperty('filter') : undefined;
  const filterFn = filter && Node.isPropertyAssignment(filter) ? resolveFn(filter.getInitializerOrThrow()) : filter && Node.isMethodDeclaration(filter) ? filter : undefined;
  const stages = filterFn ? [{ fn: filterFn, mode: 'event' as const }] : [];
  let v: Node = call;
  while (Node.isParenthesizedExpression(v.getParent()!) || Node.isAsExpression(v.getParent()!)) v = v.getParent()!;
  const p = v.getParent()!;
  if (Node.isAwaitExpression(p) && p.getParentIfKind(SyntaxKind.VariableDeclaration)) {
    const fn = enclosingFunction(p);
    return fn ? { fn, start: p, stages } : undefined;
  }
  const then = Node.isPropertyAccessExpression(p) && p.getName() === 'then' ? p.getParent() : undefined;
  const cb = then && Node.isCallExpression(then) && then.getExpression() === p ? then.getArguments()[0] : undefined;
  return cb ? { callback: cb, stages } : undefined;
}
