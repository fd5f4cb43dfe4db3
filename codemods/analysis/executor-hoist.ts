// A legacy call inside a `new Promise((resolve, reject) => …)` executor cannot await the KYX account lookup and
// token there: an async executor that throws never settles the promise (the rejection is lost). When the promise
// is what the enclosing function returns (`return new Promise(…)`, `=> new Promise(…)`), the awaits go above it,
// in that function (made async: its callers already get a promise, and a failed lookup now rejects it).
import { Node, SyntaxKind } from '#ts-morph';
import { enclosingFunction, statementOf } from './async-context.js';
import { findDeclaration } from './resolve-binding.js';

export interface ExecutorHoist {
  /** The `new Promise(…)` expression (its enclosing function is made async). */
  promise: Node;
  /** The statement of the outer function the lookup and token go above. */
  anchor: Node;
  /** The outer function returns (or, async, awaits) the promise: a failed lookup rejects what its callers get (throws
   * where the awaited promise would), as a reject() did. */
  returned: boolean;
}

/** Values the hoisted lines read must exist outside the executor (not resolve/reject or its own locals). */
function visibleOutside(n: Node, executor: Node): boolean {
  const ids = Node.isIdentifier(n) ? [n] : n.getDescendantsOfKind(SyntaxKind.Identifier);
  return ids.every((id) => {
    const p = id.getParent();
    if (Node.isPropertyAccessExpression(p) && p.getNameNode() === id) return true;
    const d = findDeclaration(id, id.getText());
    return !d || d.getStart() < executor.getStart() || d.getEnd() > executor.getEnd();
  });
}

/** The hoist for a call whose enclosing function `fn` is a non-async Promise executor, or undefined. */
export function executorHoist(fn: Node | undefined, needed: readonly (Node | undefined)[]): ExecutorHoist | undefined {
  if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) || fn.isAsync()) return undefined;
  const promise = fn.getParent();
  if (!promise || !Node.isNewExpression(promise) || promise.getExpression().getText() !== 'Promise' || promise.getArguments()[0] !== fn) return undefined;
  const outer = enclosingFunction(promise);
  if (!outer || !(Node.isFunctionDeclaration(outer) || Node.isFunctionExpression(outer) || Node.isArrowFunction(outer) || Node.isMethodDeclaration(outer))) return undefined;
  const parent = promise.getParent();
  // `const text = await new Promise(…)` (or `return await new Promise(…)`) in an async function: a failed lookup throws
  // where a reject() would.
  const held = parent && Node.isAwaitExpression(parent) ? parent.getParent() : undefined;
  const awaited = outer.isAsync() && (Node.isVariableDeclaration(held) || Node.isExpressionStatement(held) ||
    (Node.isReturnStatement(held) && enclosingFunction(held) === outer));
  const returned = awaited || (Node.isReturnStatement(parent) && enclosingFunction(parent) === outer) || (Node.isArrowFunction(outer) && outer.getBody() === promise);
  // A promise the function does not return is hoisted only in a function that is async already (made async, its
  // callers would get a promise instead of what it returns).
  const inOuter = Node.isStatement(parent) || Node.isVariableDeclaration(parent);
  if (!returned && !(outer.isAsync() && inOuter)) return undefined;
  if (!needed.every((n) => !n || visibleOutside(n, fn))) return undefined;
  const anchor = Node.isArrowFunction(outer) && outer.getBody() === promise ? undefined : statementOf(promise);
  if (!anchor) return undefined; // an expression-bodied outer arrow: keep today's behaviour (flagged)
  return { promise, anchor, returned };
}
