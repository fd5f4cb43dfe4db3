// One window message as a promise's value (hold-out round 15): `new Promise((resolve) =>
// window.addEventListener('message', resolve, { once: true }))`. The listener is the promise's `resolve`; the event is
// what the promise settles with, read where it is awaited into a variable (`const e = await new Promise(…)`: the
// awaiting function is the handler) or, yielded by an async generator (`yield await new Promise(…)` in
// `async function* messages()`), where this file iterates it (`for await (const e of messages())`: the function holding
// the loop is the handler, the loop variable its event). As awaited-events.ts does for p-event.
import { Node, SyntaxKind } from '#ts-morph';
import { enclosingFunction, isFunctionLike, resolveIdentifier, unwrap, type FunctionLikeNode } from './syntax.js';

export interface PromisedMessage {
  fn: FunctionLikeNode;
  /** The expression or binding whose value is the event (analyzeEventData's `start`: its parent declares it). */
  start: Node;
}

export function promisedWindowMessages(handler: Node): PromisedMessage[] {
  const id = unwrap(handler);
  const d = Node.isIdentifier(id) ? resolveIdentifier(id) : undefined;
  const executor = d && Node.isParameterDeclaration(d) ? d.getParent() : undefined;
  if (!executor || !isFunctionLike(executor) || executor.getParameters()[0] !== d) return [];
  const promise = executor.getParent();
  if (!promise || !Node.isNewExpression(promise) || promise.getExpression().getText() !== 'Promise' || promise.getArguments()[0] !== executor) return [];
  let v: Node = promise;
  while (Node.isParenthesizedExpression(v.getParent()!) || Node.isAsExpression(v.getParent()!) || Node.isAwaitExpression(v.getParent()!)) v = v.getParent()!;
  const p = v.getParent()!;
  if (Node.isAwaitExpression(v) && Node.isVariableDeclaration(p)) {
    const fn = enclosingFunction(v);
    return fn ? [{ fn, start: v }] : [];
  }
  if (!Node.isYieldExpression(p) || p.getExpression() !== v) return [];
  const gen = enclosingFunction(p);
  if (!gen || !(Node.isFunctionDeclaration(gen) || Node.isFunctionExpression(gen)) || !gen.isAsync() || !gen.isGenerator()) return [];
  const name = Node.isFunctionDeclaration(gen) ? gen.getNameNode() : gen.getParentIfKind(SyntaxKind.VariableDeclaration)?.getNameNode();
  if (!name || !Node.isIdentifier(name)) return [];
  const out: PromisedMessage[] = [];
  for (const loop of gen.getSourceFile().getDescendantsOfKind(SyntaxKind.ForOfStatement)) {
    const each = unwrap(loop.getExpression());
    const callee = loop.isAwaited() && Node.isCallExpression(each) ? unwrap(each.getExpression()) : undefined;
    if (!callee || !Node.isIdentifier(callee) || callee.getText() !== name.getText()) continue;
    const target = resolveIdentifier(callee);
    if (target !== gen && target !== gen.getParentIfKind(SyntaxKind.VariableDeclaration)) continue;
    const init = loop.getInitializer();
    const decl = Node.isVariableDeclarationList(init) ? init.getDeclarations()[0] : undefined;
    const fn = enclosingFunction(loop);
    if (decl && Node.isIdentifier(decl.getNameNode()) && fn) out.push({ fn, start: decl.getNameNode() });
  }
  return out;
}
