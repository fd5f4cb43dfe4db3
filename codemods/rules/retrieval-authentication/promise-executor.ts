// A retrieval inside a `new Promise((resolve, reject) => …)` executor (a callback client wrapped in a promise): the
// account lookup and the token are awaited above the promise, in the function around it (executor-hoist.ts, as the
// initiate rules do), and the executor stays synchronous — an async executor that throws never settles its promise.
// When that cannot be done, the item says which condition failed.
import { Node, SyntaxKind } from '#ts-morph';
import { enclosingFunction } from '../../analysis/async-context.js';
import { findDeclaration } from '../../analysis/resolve-binding.js';

/** `fn` is the executor function of a `new Promise(fn)`. */
export function isPromiseExecutor(fn: Node | undefined): boolean {
  const p = fn?.getParent();
  return !!fn && (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) && Node.isNewExpression(p) &&
    p.getExpression().getText() === 'Promise' && p.getArguments()[0] === fn;
}

/** Why the lookup and token of a retrieval in the executor `fn` cannot go above its promise (executorHoist said no). */
export function executorBlocker(fn: Node, ref: Node | undefined): string {
  const why = reason(fn, ref);
  return `legacy retrieval inside a new Promise() executor: the KYX call needs the account id and a bearer token first, and ` +
    `they cannot be awaited in the executor (an async executor that throws never settles its promise) nor above the promise: ${why}`;
}

function reason(fn: Node, ref: Node | undefined): string {
  if (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) {
    if (fn.isAsync()) return 'the executor is async already';
  }
  const promise = fn.getParent()!;
  const outer = enclosingFunction(promise);
  if (!outer) return 'the promise is made at the top level of the module, not in a function that could await them';
  if (!(Node.isFunctionDeclaration(outer) || Node.isFunctionExpression(outer) || Node.isArrowFunction(outer) || Node.isMethodDeclaration(outer))) {
    return 'the promise is made in a constructor or accessor, which cannot await';
  }
  if (Node.isArrowFunction(outer) && outer.getBody() === promise) {
    return 'the function around it is an expression-bodied arrow (=> new Promise(…)); give it a block body with return new Promise(…) and run the codemod again';
  }
  const parent = promise.getParent();
  // As executorHoist decides: returned, or awaited as a statement of an async function, or a statement of one.
  const held = parent && Node.isAwaitExpression(parent) ? parent.getParent() : undefined;
  const awaited = outer.isAsync() && (Node.isVariableDeclaration(held) || Node.isExpressionStatement(held) ||
    (Node.isReturnStatement(held) && enclosingFunction(held) === outer));
  const returned = awaited || (Node.isReturnStatement(parent) && enclosingFunction(parent) === outer);
  if (!returned && !outer.isAsync()) {
    return 'the function around it does not return the promise, so making it async (to await the lookup and token) would change what it returns';
  }
  if (!returned && !(Node.isStatement(parent) || Node.isVariableDeclaration(parent))) {
    return 'the promise is part of a larger expression, so there is no statement above it to await them in';
  }
  if (ref && !visibleOutside(ref, fn)) return `the reference (${ref.getText()}) is computed inside the executor; compute it before new Promise(…) and run the codemod again`;
  return 'the promise is not a statement of the function around it';
}

function visibleOutside(n: Node, executor: Node): boolean {
  const ids = Node.isIdentifier(n) ? [n] : n.getDescendantsOfKind(SyntaxKind.Identifier);
  return ids.every((id) => {
    const d = findDeclaration(id, id.getText());
    return !d || d.getStart() < executor.getStart() || d.getEnd() > executor.getEnd();
  });
}
