// A thunk handed to a function of the file that calls it — `safe(() => got.post(…).json())`, `tryCatch(async () => {
// …; return (await res.json()) as T })` (hold-out round 61): what the thunk returns is the value of each call of that
// parameter inside the helper (`[null, await fn()]`, `{ ok: true, value: await fn() }`), followed from there like any
// value (a returned tuple: combined-values.ts; a returned object's member: throughReturnedObject). Only for a helper the
// file calls once and does not export: its other calls' thunks would hand the same places other values.
import { Node, SyntaxKind, type CallExpression } from '#ts-morph';
import { localCallers } from './local-callers.js';
import { bindsTo } from './scope.js';
import { findDeclaration } from './resolve-binding.js';

export function helperThunkCalls(fn: Node): CallExpression[] | undefined {
  const call = fn.getParent();
  if (!Node.isCallExpression(call) || !(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn))) return undefined;
  const index = call.getArguments().indexOf(fn as never);
  const callee = call.getExpression();
  if (index < 0 || !Node.isIdentifier(callee)) return undefined;
  const decl = findDeclaration(callee, callee.getText());
  const helper = Node.isFunctionDeclaration(decl) ? decl : Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
  if (!helper || !(Node.isFunctionDeclaration(helper) || Node.isArrowFunction(helper) || Node.isFunctionExpression(helper))) return undefined;
  const callers = localCallers(helper);
  if (!callers || callers.external || callers.calls.length !== 1 || callers.calls[0] !== call) return undefined;
  const param = helper.getParameters()[index];
  const name = param?.getNameNode();
  if (!param || !Node.isIdentifier(name) || param.getDotDotDotToken()) return undefined;
  const uses = helper.getDescendantsOfKind(SyntaxKind.Identifier).filter((d) => d !== name && d.getText() === name.getText() && bindsTo(d, name));
  const calls: CallExpression[] = [];
  for (const d of uses) {
    const c = d.getParent();
    if (!Node.isCallExpression(c) || c.getExpression() !== d) return undefined; // handed on, stored: out of sight
    calls.push(c);
  }
  return calls.length ? calls : undefined;
}
