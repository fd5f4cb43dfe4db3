// neverthrow's results holding the call's value (hold-out round 61): `await ResultAsync.fromPromise(call, toError)`
// (also `fromSafePromise`, the bare `fromPromise` import) is a Result whose `value`, after an `isOk()` test, is what the
// call resolved to; `.map(cb)` hands that value to `cb` and then holds what cb returns (`.map((r) => r.data)`),
// `.mapErr` keeps it, `.match(ok, err)` hands it to `ok`, `unwrapOr(x)` / `_unsafeUnwrap()` evaluate to it. A result
// handed on whole (returned, passed, `andThen`) is where the value leaves, as for any other function.
import { Node, SyntaxKind, type CallExpression } from '#ts-morph';
import { packageOf } from './settling-wrappers.js';
import { findDeclaration } from './resolve-binding.js';
import { references, type FlowSteps } from './combined-values.js';

const NEVERTHROW = 'neverthrow';
const KEEPS = new Set(['mapErr', 'orTee', 'andTee']);

/** `ResultAsync.fromPromise(node, …)` of neverthrow: follows the result; false when `call` is no such wrapper. */
export function throughResultAsync(call: Node, node: Node, steps: FlowSteps): boolean {
  if (!Node.isCallExpression(call) || call.getArguments()[0] !== node || !isFromPromise(call)) return false;
  held(call, steps);
  return true;
}

function isFromPromise(call: CallExpression): boolean {
  const callee = call.getExpression();
  const name = Node.isPropertyAccessExpression(callee) ? callee.getName() : callee.getText();
  const root = Node.isPropertyAccessExpression(callee) ? callee.getExpression() : callee;
  return /^(fromPromise|fromSafePromise)$/.test(name) && Node.isIdentifier(root) && packageOf(root) === NEVERTHROW;
}

/** Is `expr` a neverthrow result chain that holds the value (`fromPromise(…)`, `.map(…)`, `.mapErr(…)` of one)? */
function isResultChain(expr: Node, depth = 0): boolean {
  if (depth > 8 || !Node.isCallExpression(expr)) return false;
  if (isFromPromise(expr)) return true;
  const callee = expr.getExpression();
  return Node.isPropertyAccessExpression(callee) && (callee.getName() === 'map' || KEEPS.has(callee.getName())) && isResultChain(callee.getExpression(), depth + 1);
}

/** `fn` is the callback of a result chain's `.map(fn)`: the call that now holds what fn returns. */
export function resultMapOf(fn: Node): CallExpression | undefined {
  const call = fn.getParent();
  const callee = Node.isCallExpression(call) && call.getArguments()[0] === fn ? call.getExpression() : undefined;
  return callee && Node.isPropertyAccessExpression(callee) && callee.getName() === 'map' && isResultChain(callee.getExpression()) ? call as CallExpression : undefined;
}

/** `node` evaluates to (a promise of) a result holding the value. */
export function held(node: Node, steps: FlowSteps): void {
  const parent = node.getParent();
  if (!parent) return;
  if (Node.isParenthesizedExpression(parent) || Node.isAwaitExpression(parent) || Node.isNonNullExpression(parent) || Node.isAsExpression(parent)) return held(parent, steps);
  if (Node.isExpressionStatement(parent)) return;
  if (Node.isPropertyAccessExpression(parent) && parent.getExpression() === node) {
    const name = parent.getName();
    if (name === 'value') return steps.visit(parent);
    if (name === 'error') return;
    const call = parent.getParent();
    if (!Node.isCallExpression(call) || call.getExpression() !== parent) return steps.leaves(parent);
    if (name === 'isOk' || name === 'isErr') return;
    if (KEEPS.has(name)) return held(call, steps);
    if (name === 'unwrapOr' || name === '_unsafeUnwrap') return steps.visit(call);
    const cb = call.getArguments()[0];
    const p = cb && (Node.isArrowFunction(cb) || Node.isFunctionExpression(cb)) ? cb.getParameters()[0] : undefined;
    // `.map(cb)`: the flow's returned() continues from the map call (resultMapOf); `.match(ok, err)`: ok gets it.
    if ((name === 'map' || name === 'match') && p) return steps.bind(p.getNameNode(), p.getTypeNode());
    return steps.leaves(call);
  }
  if (Node.isVariableDeclaration(parent) && parent.getInitializer() === node && Node.isIdentifier(parent.getNameNode())) {
    return void references(parent.getNameNode()).forEach((r) => held(r, steps));
  }
  steps.leaves(parent);
}

/** The file's own pass-through `tap(effect)` handed to `.then` — `const tap = (effect) => async (value) => { await
 * effect(value); return value; }`: the effect (written inline) gets the value, and the `.then` holds it unchanged.
 * Returns the inline effect, or undefined when `arg` is no such call. */
export function passThroughTap(arg: Node): import('#ts-morph').ArrowFunction | import('#ts-morph').FunctionExpression | undefined {
  if (!Node.isCallExpression(arg) || !Node.isIdentifier(arg.getExpression())) return undefined;
  const effect = arg.getArguments()[0];
  if (!effect || !(Node.isArrowFunction(effect) || Node.isFunctionExpression(effect))) return undefined;
  const callee = arg.getExpression();
  const decl = findDeclaration(callee, callee.getText());
  const outer = Node.isFunctionDeclaration(decl) ? decl : Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
  if (!outer || !(Node.isFunctionDeclaration(outer) || Node.isArrowFunction(outer) || Node.isFunctionExpression(outer))) return undefined;
  const body = outer.getBody();
  const inner = Node.isArrowFunction(outer) && body && !Node.isBlock(body) ? body : Node.isBlock(body) ? body.getStatements().find((s) => Node.isReturnStatement(s))?.getExpression() : undefined;
  const param = outer.getParameters()[0]?.getName();
  const value = inner && (Node.isArrowFunction(inner) || Node.isFunctionExpression(inner)) ? inner.getParameters()[0]?.getName() : undefined;
  const innerBody = value ? (inner as import('#ts-morph').ArrowFunction).getBody() : undefined;
  if (!param || !value || !innerBody || !Node.isBlock(innerBody)) return undefined;
  // It calls the effect with the value and gives the value back unchanged (its last statement).
  const calls = innerBody.getDescendantsOfKind(SyntaxKind.CallExpression)
    .some((c) => c.getExpression().getText() === param && c.getArguments()[0]?.getText() === value);
  const last = innerBody.getStatements().at(-1);
  return calls && Node.isReturnStatement(last) && last.getExpression()?.getText() === value ? effect : undefined;
}
