// A handler passed through a call that hands the event on to it: the stable-callback hooks (useCallback,
// useEffectEvent, ahooks' useMemoizedFn, MUI's useEventCallback), a rate limiter (lodash/underscore `throttle`,
// `debounce`, use-debounce's `useDebouncedCallback`, VueUse's `useDebounceFn`), a memo hook that returns it
// (`useMemo(() => throttle((e) => {…}, 250), deps)`), or a local factory whose body returns the listener
// (`window.addEventListener('message', createListener(onDone))`, `function createListener(cb) { return (e) => {…} }`).
// Round-8 hold-out: a throttled React handler and a Solid factory were left with only the origin marker.
import { Node, SyntaxKind } from '#ts-morph';
import type { CallExpression } from '#ts-morph';
import { isFunctionLike, unwrap, type FunctionLikeNode } from './syntax.js';

const PASS_THROUGH = /^(useCallback|useEffectEvent|useMemoizedFn|useEventCallback|throttle|debounce|useDebouncedCallback|useThrottledCallback|useDebounceCallback|useDebounceFn|useThrottleFn)$/;

/** A known wrapper (`useCallback`, `throttle`…) that hands the event to its first argument. */
export function isPassThroughCall(call: CallExpression): boolean {
  return PASS_THROUGH.test(calleeName(call));
}

/** `throttle` of `throttle(fn)` and of `_.throttle(fn)`. */
function calleeName(call: CallExpression): string {
  const callee = unwrap(call.getExpression());
  return Node.isIdentifier(callee) ? callee.getText() : Node.isPropertyAccessExpression(callee) ? callee.getName() : '';
}

/** The expression that denotes the listener a wrapper call hands the event to, or undefined. */
export function wrappedHandler(call: CallExpression, resolve: (id: Node) => Node | undefined): Node | undefined {
  const callee = unwrap(call.getExpression());
  const name = calleeName(call);
  const first = call.getArguments()[0];
  if (first && PASS_THROUGH.test(name)) return first;
  if (first && name === 'useMemo') {
    const factory = unwrap(first);
    return isFunctionLike(factory) ? returnedExpression(factory) : undefined;
  }
  // A local factory function (declared in this file): what it returns is the listener.
  if (!Node.isIdentifier(callee)) return undefined;
  const decl = resolve(callee);
  const fn = Node.isFunctionDeclaration(decl) ? decl : Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
  const factory = fn ? unwrap(fn) : undefined;
  return factory && isFunctionLike(factory) ? returnedExpression(factory) : undefined;
}

/**
 * The argument of `call` that the app's own higher-order wrapper hands the event to: `withTelemetry(name, onMessage)`
 * where `withTelemetry(name, listener)` returns `(event) => { …; listener(event); … }` (or `listener.call(this,
 * event)`, ES5's `listener.apply(this, arguments)`) and the returned function uses its event for nothing else
 * (timing, try/catch, error reporting around the call). The handler is that argument, as for `throttle(fn)`
 * (round-32 hold-out: the wrapped handler was left with only the origin marker).
 */
export function forwardedArgument(factory: FunctionLikeNode, call: CallExpression): Node | undefined {
  const returned = returnedExpression(factory);
  const inner = returned ? unwrap(returned) : undefined;
  if (!isFunctionLike(inner)) return undefined;
  const eventName = inner.getParameters()[0]?.getNameNode();
  // ES5 wrappers hand on `arguments` (`listener.apply(this, arguments)`); an arrow has none of its own.
  const event = eventName && Node.isIdentifier(eventName) ? eventName.getText() : Node.isFunctionExpression(inner) ? 'arguments' : undefined;
  if (!event) return undefined;
  const params = factory.getParameters().map((p) => p.getNameNode().getText());
  let index: number | undefined;
  for (const id of inner.getBody()?.getDescendantsOfKind(SyntaxKind.Identifier) ?? []) {
    if (id.getText() !== event) continue;
    const k = params.indexOf(forwardedTo(id) ?? '');
    if (k < 0 || (index !== undefined && index !== k)) return undefined;
    index = k;
  }
  return index === undefined ? undefined : call.getArguments()[index];
}

/** The function `id` (the event) is handed to: `P(id)`, `P.call(x, id)`, `P.apply(x, arguments)`. */
function forwardedTo(id: Node): string | undefined {
  const use = id.getParent();
  if (!use || !Node.isCallExpression(use)) return undefined;
  const callee = unwrap(use.getExpression());
  const args = use.getArguments();
  if (args[0] === id) return callee.getText();
  const viaMethod = args[1] === id && Node.isPropertyAccessExpression(callee) && /^(call|apply)$/.test(callee.getName());
  return viaMethod ? unwrap(callee.getExpression()).getText() : undefined;
}

/** The one value a function returns: an expression body, or the only `return x` of its own body. */
function returnedExpression(fn: Node): Node | undefined {
  const body = (fn as { getBody?: () => Node | undefined }).getBody?.();
  if (!body) return undefined;
  if (!Node.isBlock(body)) return body;
  const returns: Node[] = [];
  const walk = (n: Node): void => {
    if (Node.isReturnStatement(n)) {
      const e = n.getExpression();
      if (e) returns.push(e);
      return;
    }
    if (!isFunctionLike(n) && !Node.isClassDeclaration(n)) n.forEachChild(walk);
  };
  body.forEachChild(walk);
  return returns.length === 1 ? returns[0] : undefined;
}
