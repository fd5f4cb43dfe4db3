// A followed value handed to a function as an argument — `.then(onStarted)`, `request(opts, handleResponse)`,
// `onStarted(data)` — goes on into that function's parameter when the function is the file's own and this is its
// only use: another call would hand it another value (or another provider's response) whose reads the flow would
// rewrite too, and an exported function is called from elsewhere. A handler from another module, or used twice,
// is not followed: the value leaves there (an item).
import { Node, SyntaxKind, ts, type ParameterDeclaration } from '#ts-morph';
import { descendantsOfKinds } from '../engine/descendants.js';
import { exportsName, isExportedDeclaration } from './exports.js';
import { markupMentions } from './importer-parse.js';
import { memberParameters } from './member-handlers.js';
import { findDeclaration } from './resolve-binding.js';
import { bindsTo } from './scope.js';

const IDENTIFIER = new Set([SyntaxKind.Identifier]);

/** The parameters the value handed as `handler` is received by: an inline function's, or those of a function of the
 * file that `handler` names and is its only use; undefined when the receiving function is not known here. */
export function handlerParameters(handler: Node): ParameterDeclaration[] | undefined {
  if (Node.isArrowFunction(handler) || Node.isFunctionExpression(handler)) return handler.getParameters();
  if (!Node.isIdentifier(handler)) return undefined;
  const decl = findDeclaration(handler, handler.getText());
  const list = decl?.getParent();
  const fn = Node.isFunctionDeclaration(decl) ? decl
    : Node.isVariableDeclaration(decl) && Node.isIdentifier(decl.getNameNode()) && Node.isVariableDeclarationList(list) && list.getDeclarationKind() === 'const'
      ? decl.getInitializer() : undefined;
  if (!fn || !(Node.isFunctionDeclaration(fn) || Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) || !fn.getBody()) return undefined;
  const nameNode = (decl as import('ts-morph').FunctionDeclaration | import('ts-morph').VariableDeclaration).getNameNode()!;
  const statement = Node.isFunctionDeclaration(decl) ? decl : list!.getParent();
  const sf = handler.getSourceFile();
  // Exported, or in a component whose markup may call it too.
  if ((statement && isExportedDeclaration(statement)) || exportsName(sf, handler.getText()) || markupMentions(sf, handler.getText())) return undefined;
  const uses = descendantsOfKinds(sf, IDENTIFIER, (n) => (n as ts.Identifier).text === handler.getText()).filter((d) => {
    const p = d.getParent();
    if (d === nameNode || ((Node.isPropertyAccessExpression(p) || Node.isPropertyAssignment(p) || Node.isMethodDeclaration(p) ||
        Node.isPropertyDeclaration(p) || Node.isPropertySignature(p)) && p.getNameNode() === d)) return false;
    if (Node.isBindingElement(p) && p.getPropertyNameNode() === d) return false;
    return bindsTo(d, nameNode);
  });
  return uses.length === 1 && uses[0] === handler ? fn.getParameters() : undefined;
}

/** The parameter of a function or class member of this file that receives `arg` of `call` (handlerParameters,
 * memberParameters), 'none' when it has no parameter there; undefined when the receiver is not known here. */
export function receivingParameter(call: Node, arg: Node): ParameterDeclaration | 'none' | undefined {
  if (!Node.isCallExpression(call) && !Node.isNewExpression(call)) return undefined;
  const args = call.getArguments();
  const params = (Node.isCallExpression(call) ? handlerParameters(call.getExpression()) : undefined) ?? memberParameters(call);
  return params && parameterAt(params, args, args.indexOf(arg as never));
}

/** The parameter receiving argument `index` of a call, undefined when a rest parameter or spread argument blurs it. */
export function parameterAt(params: ParameterDeclaration[], args: Node[], index: number): ParameterDeclaration | 'none' | undefined {
  if (args.slice(0, index + 1).some((a) => Node.isSpreadElement(a)) || params.slice(0, index + 1).some((p) => p.isRestParameter())) return undefined;
  return params[index] ?? 'none';
}

// `resolve(value)` inside a `new Promise((resolve, reject) => …)` executor: the promise settles with the value (a Node
// https.request or request callback wrapped in a promise: `res.on('end', () => resolve(JSON.parse(data)))`).
/** The `new Promise(…)` whose executor's first parameter `call` calls with `arg` as its only argument, or undefined. */
export function promiseResolvedBy(call: Node, arg: Node): Node | undefined {
  if (!Node.isCallExpression(call) || call.getArguments().length !== 1 || call.getArguments()[0] !== arg) return undefined;
  const callee = call.getExpression();
  if (!Node.isIdentifier(callee)) return undefined;
  const param = findDeclaration(callee, callee.getText());
  if (!param || !Node.isParameterDeclaration(param)) return undefined;
  const executor = param.getParent();
  if (!(Node.isArrowFunction(executor) || Node.isFunctionExpression(executor)) || executor.getParameters()[0] !== param) return undefined;
  const promise = executor.getParent();
  return Node.isNewExpression(promise) && promise.getExpression().getText() === 'Promise' && promise.getArguments()[0] === executor ? promise : undefined;
}

/** The promises `resolve(arg)` settles with `arg`: the `new Promise(…)` of its executor (promiseResolvedBy), or — with
 * `const { promise, resolve } = Promise.withResolvers()` (ES2024) — every read of that `promise` (none when it is not
 * bound). Undefined when `call` is neither (hold-out round 14). */
export function promisesResolvedBy(call: Node, arg: Node): Node[] | undefined {
  const executor = promiseResolvedBy(call, arg);
  if (executor) return [executor];
  if (!Node.isCallExpression(call) || call.getArguments().length !== 1 || call.getArguments()[0] !== arg) return undefined;
  const callee = call.getExpression();
  const el = Node.isIdentifier(callee) ? findDeclaration(callee, callee.getText()) : undefined;
  const keyOf = (b: import('ts-morph').BindingElement) => (b.getPropertyNameNode() ?? b.getNameNode()).getText();
  if (!el || !Node.isBindingElement(el) || keyOf(el) !== 'resolve') return undefined;
  const pattern = el.getParent();
  const decl = pattern?.getParent();
  if (!Node.isObjectBindingPattern(pattern) || !Node.isVariableDeclaration(decl) ||
      !/^Promise\.withResolvers(<[^]*>)?\(\)$/.test(decl.getInitializer()?.getText().replace(/\s+/g, '') ?? '')) return undefined;
  const holder = pattern.getElements().find((b) => keyOf(b) === 'promise')?.getNameNode();
  if (!holder) return [];
  if (!Node.isIdentifier(holder)) return undefined;
  const scope = decl.getFirstAncestor((a) => Node.isBlock(a) || Node.isSourceFile(a)) ?? decl.getSourceFile();
  return scope.getDescendantsOfKind(SyntaxKind.Identifier).filter((id) => id !== holder && id.getText() === holder.getText() &&
    findDeclaration(id, id.getText()) === holder.getParent());
}
