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
  const { fn, holder } = returningFunction(array); // `return [body, id] as const`
  const found = fn && callers(fn);
  if (!found || !found.calls.length) return false;
  for (const call of found.calls) settledArray(call, index, steps);
  if (found.open) steps.leaves(holder!); // exported: other readers too (as for a value returned alone)
  return true;
}

/** `return { ok: true, value: await fn() }`: a function of the run handing the value back as a member of an object
 * literal (a file's own Result helper, round 61). Each call the run knows evaluates to an object whose member holds
 * it: `outcome.value` after the `ok` test, `const { value } = …`. Other members and tests of the object are not the
 * value; the object handed on whole leaves. No call known, or a member other returns might fill: false. */
export function throughReturnedObject(prop: Node, element: Node, steps: FlowSteps,
  callers: (fn: Node) => { calls: CallExpression[]; open: boolean } | undefined): boolean {
  if (!Node.isPropertyAssignment(prop) || prop.getInitializer() !== element || !Node.isIdentifier(prop.getNameNode())) return false;
  const { fn, holder } = returningFunction(prop.getParentOrThrow());
  const found = fn && callers(fn);
  if (!found || !found.calls.length) return false;
  for (const call of found.calls) settledObject(call, prop.getName(), steps);
  if (found.open) steps.leaves(holder!);
  return true;
}

/** `node` evaluates to (a promise of) an object whose member `member` is the value. */
function settledObject(node: Node, member: string, steps: FlowSteps): void {
  const parent = node.getParent();
  if (!parent) return;
  if (Node.isParenthesizedExpression(parent) || Node.isAwaitExpression(parent) || Node.isNonNullExpression(parent) || Node.isAsExpression(parent)) return settledObject(parent, member, steps);
  if (Node.isExpressionStatement(parent) || Node.isVoidExpression(parent)) return;
  if (Node.isPropertyAccessExpression(parent) && parent.getExpression() === node) return void (parent.getName() === member && steps.visit(parent));
  if (Node.isVariableDeclaration(parent) && parent.getInitializer() === node) return outcome(parent.getNameNode(), steps, member);
  steps.leaves(parent);
}

/** The function a literal is the returned value of (`return x`, `return x as const`, an arrow's body), and the node
 * holding it there; no function when the literal is not returned. */
function returningFunction(literal: Node): { fn: Node | undefined; holder: Node | undefined } {
  let arg: Node = literal;
  while (Node.isAsExpression(arg.getParent()) || Node.isSatisfiesExpression(arg.getParent()) || Node.isParenthesizedExpression(arg.getParent())) arg = arg.getParent()!;
  const holder = arg.getParent();
  const fn = Node.isReturnStatement(holder)
    ? holder.getFirstAncestor((a) => Node.isFunctionDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a) || Node.isMethodDeclaration(a))
    : Node.isArrowFunction(holder) && holder.getBody() === arg ? holder : undefined;
  return { fn, holder };
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
  for (const d of references(name)) settledArray(d, index, steps);
}

/** `xs.map(fn)` whose callback returns the value (or a promise of it) — `await Promise.all(members.map((m) =>
 * limit(() => call(m))))`: an array every element of which holds it (hold-out round 53). Not a `.map` callback: false. */
export function throughMappedArray(fn: Node, steps: FlowSteps): boolean {
  const call = fn.getParent();
  const callee = Node.isCallExpression(call) && call.getArguments()[0] === fn ? call.getExpression() : undefined;
  if (!callee || !Node.isPropertyAccessExpression(callee) || callee.getName() !== 'map') return false;
  eachElement(call!, steps, false);
  return true;
}

/** `yield value` in a generator: its calls the run knows that are iterated by `for (await) (const x of gen(…))` bind
 * `x` to the value; a call used otherwise, or a generator others may call (exported), is where it leaves. */
export function throughYield(yielded: Node, steps: FlowSteps, callers: (fn: Node) => { calls: CallExpression[]; open: boolean } | undefined): boolean {
  if (!Node.isYieldExpression(yielded) || yielded.getAsteriskToken()) return false;
  const fn = yielded.getFirstAncestor((a) => Node.isFunctionDeclaration(a) || Node.isFunctionExpression(a) || Node.isMethodDeclaration(a));
  const found = fn && callers(fn);
  if (!found) return false;
  for (const call of found.calls) {
    const loop = call.getParent();
    const decl = Node.isForOfStatement(loop) && loop.getExpression() === call ? loop.getInitializer() : undefined;
    const name = Node.isVariableDeclarationList(decl) ? decl.getDeclarations()[0]?.getNameNode() : undefined;
    if (name) steps.bind(name);
    else steps.leaves(call);
  }
  if (found.open || !found.calls.length) steps.leaves(yielded);
  return true;
}

/** Array methods whose callback gets an element, and those that give back an array of the same elements. */
const ELEMENT_CALLBACKS = new Set(['map', 'forEach', 'flatMap', 'filter', 'find', 'findLast', 'some', 'every']);
const SAME_ELEMENTS = new Set(['filter', 'slice', 'reverse', 'toReversed']);

/** `node` evaluates to (a promise of) an array every element of which is the value — or, `settled`, a
 * `Promise.allSettled` outcome whose `value` is. */
function eachElement(node: Node, steps: FlowSteps, settled: boolean): void {
  const parent = node.getParent();
  if (!parent) return;
  if (Node.isParenthesizedExpression(parent) || Node.isAwaitExpression(parent) || Node.isNonNullExpression(parent) ||
      Node.isAsExpression(parent) || Node.isSatisfiesExpression(parent)) return eachElement(parent, steps, settled);
  if (Node.isExpressionStatement(parent) || Node.isVoidExpression(parent)) return;
  const combinator = Node.isCallExpression(parent) && parent.getArguments().length === 1 && parent.getArguments()[0] === node ? parent.getExpression().getText() : undefined;
  if (combinator === 'Promise.all' && !settled) return eachElement(parent, steps, false);
  if (combinator === 'Promise.allSettled' && !settled) return eachElement(parent, steps, true);
  if (Node.isElementAccessExpression(parent) && parent.getExpression() === node) return element(parent, steps, settled);
  if (Node.isForOfStatement(parent) && parent.getExpression() === node) return forOfElement(parent, steps, settled, undefined);
  const method = Node.isPropertyAccessExpression(parent) && parent.getExpression() === node ? parent.getName() : undefined;
  const call = parent.getParent();
  if (method && Node.isCallExpression(call) && call.getExpression() === parent) {
    const loop = call.getParent(); // `for (const [i, x] of xs.entries())`
    if (method === 'entries' && Node.isForOfStatement(loop) && loop.getExpression() === call) return forOfElement(loop, steps, settled, 1);
    const cb = ELEMENT_CALLBACKS.has(method) ? call.getArguments()[0] : undefined;
    const p = cb && (Node.isArrowFunction(cb) || Node.isFunctionExpression(cb)) ? cb.getParameters()[0] : undefined;
    if (p) settled ? outcome(p.getNameNode(), steps) : steps.bind(p.getNameNode(), p.getTypeNode());
    if (SAME_ELEMENTS.has(method)) return eachElement(call, steps, settled);
    if (method === 'at' || method === 'find' || method === 'findLast') return element(call, steps, settled);
    if (p) return; // (a callback not written inline gets the elements out of sight: it falls through to leaves below)
  }
  if (Node.isVariableDeclaration(parent) && parent.getInitializer() === node) return eachName(parent.getNameNode(), steps, settled);
  steps.leaves(parent); // returned, passed on, assigned, spread…
}

/** One element of such an array. */
function element(node: Node, steps: FlowSteps, settled: boolean): void {
  const parent = node.getParent();
  if (!settled) return steps.visit(node);
  if (Node.isPropertyAccessExpression(parent) && parent.getExpression() === node) return void (parent.getName() === 'value' && steps.visit(parent));
  if (Node.isVariableDeclaration(parent) && parent.getInitializer() === node) return outcome(parent.getNameNode(), steps);
  steps.leaves(node);
}

/** `for (const x of xs)`; `at`: the element's index in a destructured entry (`[i, x]`). */
function forOfElement(loop: import('ts-morph').ForOfStatement, steps: FlowSteps, settled: boolean, at: number | undefined): void {
  const init = loop.getInitializer();
  let name = Node.isVariableDeclarationList(init) ? init.getDeclarations()[0]?.getNameNode() : undefined;
  if (name && at !== undefined) {
    const el = Node.isArrayBindingPattern(name) ? name.getElements()[at] : undefined;
    name = Node.isBindingElement(el) && !el.getDotDotDotToken() ? el.getNameNode() : undefined;
  }
  if (!name) return steps.leaves(loop.getExpression());
  return settled ? outcome(name, steps) : steps.bind(name);
}

/** A name bound to the whole array: its reads (an array pattern binds every element). */
function eachName(name: Node, steps: FlowSteps, settled: boolean): void {
  if (Node.isArrayBindingPattern(name)) {
    for (const el of name.getElements()) {
      if (!Node.isBindingElement(el)) continue;
      if (el.getDotDotDotToken()) eachName(el.getNameNode(), steps, settled);
      else if (settled) outcome(el.getNameNode(), steps);
      else steps.bind(el.getNameNode());
    }
    return;
  }
  if (!Node.isIdentifier(name)) return steps.leaves(name);
  for (const d of references(name)) eachElement(d, steps, settled);
}

/** A name bound to a `Promise.allSettled` outcome: its `value` holds the value (`status` / `reason` do not); `member`
 * names another holder (a file's own Result object). */
function outcome(name: Node, steps: FlowSteps, member = 'value'): void {
  if (Node.isObjectBindingPattern(name)) {
    const el = name.getElements().find((e) => (e.getPropertyNameNode() ?? e.getNameNode()).getText() === member);
    return el ? steps.bind(el.getNameNode()) : undefined;
  }
  if (!Node.isIdentifier(name)) return steps.leaves(name);
  for (let d of references(name)) {
    while (Node.isParenthesizedExpression(d.getParent()) || Node.isAsExpression(d.getParent()) || Node.isNonNullExpression(d.getParent())) d = d.getParent()!; // `(o as PromiseFulfilledResult<T>).value`
    const p = d.getParent();
    if (Node.isPropertyAccessExpression(p) && p.getExpression() === d) {
      if (p.getName() === member) steps.visit(p);
    } else if (Node.isVariableDeclaration(p) && p.getInitializer() === d && Node.isObjectBindingPattern(p.getNameNode())) {
      outcome(p.getNameNode(), steps, member); // `const { value } = outcome`
    } else if (!(Node.isBinaryExpression(p) || Node.isIfStatement(p))) steps.leaves(d);
  }
}

/** The reads of a declared name in its scope. */
export function references(name: Node): Node[] {
  const text = name.getText();
  return scopeOf(name).getDescendantsOfKind(SyntaxKind.Identifier).filter((d) => {
    if (d === name || d.getText() !== text || !bindsTo(d, name)) return false;
    const p = d.getParent();
    return !((Node.isPropertyAccessExpression(p) || Node.isPropertyAssignment(p)) && p.getNameNode() === d) && !(Node.isBindingElement(p) && p.getPropertyNameNode() === d);
  });
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
