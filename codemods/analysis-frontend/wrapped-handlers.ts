// A handler passed through a call that hands the event on to it: the stable-callback hooks (useCallback,
// useEffectEvent, ahooks' useMemoizedFn, MUI's useEventCallback), a rate limiter (lodash/underscore `throttle`,
// `debounce`, use-debounce's `useDebouncedCallback`, VueUse's `useDebounceFn`), a memo hook that returns it
// (`useMemo(() => throttle((e) => {…}, 250), deps)`), or a local factory whose body returns the listener
// (`window.addEventListener('message', createListener(onDone))`, `function createListener(cb) { return (e) => {…} }`).
// Round-8 hold-out: a throttled React handler and a Solid factory were left with only the origin marker.
import { Node } from '#ts-morph';
import type { CallExpression } from '#ts-morph';
import { isFunctionLike, unwrap } from './syntax.js';

const PASS_THROUGH = /^(useCallback|useEffectEvent|useMemoizedFn|useEventCallback|throttle|debounce|useDebouncedCallback|useThrottledCallback|useDebounceCallback|useDebounceFn|useThrottleFn)$/;

/** The expression that denotes the listener a wrapper call hands the event to, or undefined. */
export function wrappedHandler(call: CallExpression, resolve: (id: Node) => Node | undefined): Node | undefined {
  const callee = unwrap(call.getExpression());
  const name = Node.isIdentifier(callee) ? callee.getText() : Node.isPropertyAccessExpression(callee) ? callee.getName() : '';
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
