// Where a followed value goes through a combinator that holds it with others: an array literal given to
// `Promise.race` / `Promise.any` (settles with one element: the value) or to `Promise.all` (settles with an array
// holding the value at its index — `const [res, audit] = await Promise.all([call, other()])`, `results[0]`,
// `.then(([res]) => …)`), await-to-js's `to(call)` (settles with `[error, value]`), a tuple a function of the run
// returns, and an rxjs `.pipe(…)` of a NestJS HttpService call. The flow itself (response-flow.ts)
// says what a node holding the value, or a name bound to it, does next.
import { Node, SyntaxKind, type CallExpression, type TypeNode } from '#ts-morph';
import { bindsTo, scopeOf } from './scope.js';
import { PASS_THROUGH_OPERATORS, packageOf, rxjsOperator, settlesWithAnElement } from './settling-wrappers.js';

export interface FlowSteps {
  /** `node` evaluates to the value. */
  visit(node: Node): void;
  /** `name` (an identifier or a destructuring pattern) is bound to the value. */
  bind(name: Node, type?: TypeNode): void;
  /** The value leaves unseen at `node`: an item there. */
  leaves(node: Node): void;
}

/** `element` of `array` holds the value: follow it if a Promise combinator takes the array (true), else false. */
export function throughPromiseArray(array: Node, element: Node, steps: FlowSteps): boolean {
  if (!Node.isArrayLiteralExpression(array)) return false;
  if (settlesWithAnElement(array)) {
    steps.visit(array.getParent()!);
    return true;
  }
  let arg: Node = array; // `Promise.all([a, b] as const)`
  while (Node.isAsExpression(arg.getParent()) || Node.isSatisfiesExpression(arg.getParent()) || Node.isParenthesizedExpression(arg.getParent())) arg = arg.getParent()!;
  const call = arg.getParent();
  const elements = array.getElements();
  const index = elements.indexOf(element as never);
  // A spread before the value moves its index (`[...calls, call]`): not known here.
  if (!Node.isCallExpression(call) || call.getArguments().length !== 1 || call.getArguments()[0] !== arg || index < 0 ||
      !/^Promise\.all$/.test(call.getExpression().getText()) || elements.slice(0, index).some((e) => Node.isSpreadElement(e))) return false;
  settledArray(call, index, steps);
  return true;
}

/** `return [res.body, requestId]`: a function of the run handing the value back in a tuple (round 39). Each of its
 * calls, when the run knows every one, evaluates to an array holding the value at that index, read as above
 * (`const [started, requestId] = await startFaceLogin(…)`); when other readers may exist (exported) it also leaves
 * there. No call known: false. */
export function throughReturnedTuple(array: Node, element: Node, steps: FlowSteps,
  callers: (fn: Node) => { calls: CallExpression[]; open: boolean } | undefined): boolean {
  if (!Node.isArrayLiteralExpression(array)) return false;
  const elements = array.getElements();
  const index = elements.indexOf(element as never);
  if (index < 0 || elements.slice(0, index).some((e) => Node.isSpreadElement(e))) return false;
  let arg: Node = array; // `return [body, id] as const`
  while (Node.isAsExpression(arg.getParent()) || Node.isSatisfiesExpression(arg.getParent()) || Node.isParenthesizedExpression(arg.getParent())) arg = arg.getParent()!;
  const holder = arg.getParent();
  const fn = Node.isReturnStatement(holder)
    ? holder.getFirstAncestor((a) => Node.isFunctionDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a) || Node.isMethodDeclaration(a))
    : Node.isArrowFunction(holder) && holder.getBody() === arg ? holder : undefined;
  const found = fn && callers(fn);
  if (!found || !found.calls.length) return false;
  for (const call of found.calls) settledArray(call, index, steps);
  if (found.open) steps.leaves(holder!); // exported: other readers too (as for a value returned alone)
  return true;
}

/** await-to-js: `const [err, res] = await to(promise)` (its default export) settles with `[error, value]`. */
export function throughAwaitTo(call: Node, arg: Node, steps: FlowSteps): boolean {
  if (!Node.isCallExpression(call) || call.getArguments()[0] !== arg || !Node.isIdentifier(call.getExpression())) return false;
  if (packageOf(call.getExpression()) !== 'await-to-js') return false;
  settledArray(call, 1, steps);
  return true;
}

/** `node` evaluates to (a promise of) an array whose element `index` is the value. */
function settledArray(node: Node, index: number, steps: FlowSteps): void {
  const parent = node.getParent();
  if (!parent) return;
  if (Node.isParenthesizedExpression(parent) || Node.isAwaitExpression(parent) || Node.isNonNullExpression(parent) ||
      Node.isAsExpression(parent) || Node.isSatisfiesExpression(parent)) return settledArray(parent, index, steps);
  if (Node.isExpressionStatement(parent) || Node.isVoidExpression(parent)) return; // the array is not used
  if (Node.isElementAccessExpression(parent) && parent.getExpression() === node) {
    const arg = parent.getArgumentExpression();
    if (Node.isNumericLiteral(arg)) return void (Number(arg.getLiteralValue()) === index && steps.visit(parent));
    return steps.leaves(parent);
  }
  const method = Node.isPropertyAccessExpression(parent) && parent.getExpression() === node ? parent.getName() : undefined;
  const call = parent.getParent();
  if (method && Node.isCallExpression(call) && call.getExpression() === parent) {
    if (method === 'catch' || method === 'finally') return settledArray(call, index, steps);
    const cb = call.getArguments()[0];
    if (method === 'then' && (Node.isArrowFunction(cb) || Node.isFunctionExpression(cb))) {
      const p = cb.getParameters()[0];
      return p ? settledName(p.getNameNode(), index, steps) : undefined;
    }
  }
  if (Node.isVariableDeclaration(parent) && parent.getInitializer() === node) return settledName(parent.getNameNode(), index, steps);
  steps.leaves(parent); // returned, passed on, assigned, spread…
}

/** A name bound to the array: `[res, audit]` binds the value's element; an identifier is followed to its reads. */
function settledName(name: Node, index: number, steps: FlowSteps): void {
  if (Node.isArrayBindingPattern(name)) {
    const elements = name.getElements();
    if (elements.slice(0, index + 1).some((e) => Node.isBindingElement(e) && e.getDotDotDotToken())) return steps.leaves(name);
    const el = elements[index];
    if (Node.isBindingElement(el)) steps.bind(el.getNameNode());
    return;
  }
  if (!Node.isIdentifier(name)) return steps.leaves(name);
  const text = name.getText();
  for (const d of scopeOf(name).getDescendantsOfKind(SyntaxKind.Identifier)) {
    if (d === name || d.getText() !== text || !bindsTo(d, name)) continue;
    const p = d.getParent();
    if ((Node.isPropertyAccessExpression(p) || Node.isPropertyAssignment(p)) && p.getNameNode() === d) continue;
    if (Node.isBindingElement(p) && p.getPropertyNameNode() === d) continue;
    settledArray(d, index, steps);
  }
}

/** `obs.pipe(op, …)`: one rxjs `map(fn)` takes the value to what fn returns (the flow's returned()); operators that
 * pass the value through (timeout, retry, catchError…) change nothing; anything else and the value leaves unseen. */
export function throughPipe(call: CallExpression, steps: FlowSteps): void {
  let mapped = false;
  for (const op of call.getArguments()) {
    const name = Node.isCallExpression(op) ? rxjsOperator(op.getExpression()) : undefined;
    if (name === 'map' && !mapped) {
      const fn = (op as CallExpression).getArguments()[0];
      if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn))) return steps.leaves(call);
      const p = fn.getParameters()[0];
      if (p) steps.bind(p.getNameNode(), p.getTypeNode());
      mapped = true;
    } else if (!name || !PASS_THROUGH_OPERATORS.has(name)) return steps.leaves(call);
  }
  if (!mapped) steps.visit(call);
}
