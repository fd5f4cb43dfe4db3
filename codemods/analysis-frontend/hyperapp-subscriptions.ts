// Hyperapp 2 delivers window events through a subscription: a subscriber `(dispatch, action) => { const listener =
// (e) => dispatch(action, e); addEventListener('message', listener); … }` is listed as `[subscriber, Action]` (often
// through a factory, `const WindowMessages = (action) => [subscriber, action]`, called `WindowMessages(GotMessage)` in
// `subscriptions`). The message handler is then the action, `(state, event) => …`: its SECOND parameter is the event
// (round-18 hold-out, where the action was never found). Only in a module importing hyperapp.
import { Node } from '#ts-morph';
import { isFunctionLike, referencesOf, resolveIdentifier, soleExpression, unwrap } from './syntax.js';

/** The actions a Hyperapp subscriber's listener dispatches the event to, or []. */
export function hyperappActions(listenerExpr: Node): Node[] {
  if (!/from\s+['"](hyperapp|@hyperapp\/[\w-]+)['"]|require\(\s*['"]hyperapp['"]\s*\)/.test(listenerExpr.getSourceFile().getFullText())) return [];
  const own = unwrap(listenerExpr);
  const decl = Node.isIdentifier(own) ? resolveIdentifier(own) : undefined;
  const fwd = decl && Node.isVariableDeclaration(decl) ? unwrap(decl.getInitializer() ?? decl) : own;
  if (!(Node.isArrowFunction(fwd) || Node.isFunctionExpression(fwd)) || fwd.getParameters().length !== 1) return [];
  const body = soleExpression(fwd);
  const call = body && unwrap(body);
  if (!call || !Node.isCallExpression(call)) return [];
  const [actionArg, eventArg] = call.getArguments();
  const ev = fwd.getParameters()[0]!.getNameNode();
  if (!actionArg || !eventArg || !Node.isIdentifier(ev) || unwrap(eventArg).getText() !== ev.getText()) return [];
  // dispatch and the action: the subscriber's first and second parameters.
  const dispatch = resolveIdentifier(unwrap(call.getExpression()));
  const action = Node.isIdentifier(unwrap(actionArg)) ? resolveIdentifier(unwrap(actionArg)) : undefined;
  const subscriber = dispatch?.getParent();
  if (!dispatch || !Node.isParameterDeclaration(dispatch) || !isFunctionLike(subscriber) || action?.getParent() !== subscriber) return [];
  const params = (subscriber as import('ts-morph').ArrowFunction).getParameters();
  if (params.indexOf(dispatch) !== 0 || params.indexOf(action as never) !== 1) return [];
  return listedWith(subscriber);
}

/** `[subscriber, X]` tuples naming the subscriber: X, or what a factory `(a) => [subscriber, a]` is called with. */
function listedWith(subscriber: Node): Node[] {
  const name = nameOf(subscriber);
  if (!name) return [];
  const out: Node[] = [];
  for (const ref of referencesOf(subscriber.getSourceFile(), name)) {
    const tuple = ref.getParent();
    if (!tuple || !Node.isArrayLiteralExpression(tuple) || tuple.getElements()[0] !== ref || tuple.getElements().length !== 2) continue;
    const given = unwrap(tuple.getElements()[1]!);
    const param = Node.isIdentifier(given) ? resolveIdentifier(given) : undefined;
    const factory = param && Node.isParameterDeclaration(param) ? param.getParent() : undefined;
    if (!factory || !isFunctionLike(factory)) {
      out.push(given);
      continue;
    }
    const index = (factory as import('ts-morph').ArrowFunction).getParameters().indexOf(param as never);
    const factoryName = nameOf(factory);
    if (!factoryName) continue;
    for (const use of referencesOf(factory.getSourceFile(), factoryName)) {
      const c = use.getParent();
      if (c && Node.isCallExpression(c) && c.getExpression() === use && c.getArguments()[index]) out.push(c.getArguments()[index]!);
    }
  }
  return out;
}

function nameOf(fn: Node): string | undefined {
  if (Node.isFunctionDeclaration(fn)) return fn.getName();
  const v = fn.getParent();
  return v && Node.isVariableDeclaration(v) && Node.isIdentifier(v.getNameNode()) ? v.getName() : undefined;
}
