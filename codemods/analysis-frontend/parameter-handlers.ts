// A handler that is a parameter of a local function — a custom hook `useWindowMessage(handler)` or a helper
// `listen(onMessage)` that attaches what it is given — directly, or through a React ref that keeps the latest one
// (`const saved = useRef(handler); saved.current = handler;` attached as `(e) => saved.current(e)`; hold-out round 7).
// The handlers are the functions passed for it at the function's calls in the same file.
import { Node, SyntaxKind } from '#ts-morph';
import { isFunctionLike, referencesOf, resolveIdentifier, soleExpression, unwrap } from './syntax.js';

export function parameterHandlers(expr: Node): Node[] {
  // `const listener = (e) => saved.current(e); addEventListener('message', listener)`: the variable's function.
  const own = Node.isIdentifier(unwrap(expr)) ? resolveIdentifier(unwrap(expr)) : undefined;
  const init = own && Node.isVariableDeclaration(own) ? own.getInitializer() : undefined;
  const handler = init && forwardedTo(unwrap(init)) ? unwrap(init) : unwrap(expr);
  const target = forwardedTo(handler) ?? handler;
  const param = Node.isPropertyAccessExpression(target) ? refParameter(target) : Node.isIdentifier(target) ? resolveIdentifier(target) : undefined;
  if (!param || !Node.isParameterDeclaration(param)) return [];
  const fn = param.getParent();
  if (!isFunctionLike(fn) || Node.isMethodDeclaration(fn)) return [];
  const index = fn.getParameters().indexOf(param);
  const nameNode = Node.isFunctionDeclaration(fn) ? fn.getNameNode() : fn.getParentIfKind(SyntaxKind.VariableDeclaration)?.getNameNode();
  if (!nameNode || !Node.isIdentifier(nameNode)) return [];
  const out: Node[] = [];
  for (const ref of referencesOf(fn.getSourceFile(), nameNode.getText())) {
    const call = ref.getParent();
    if (!call || !Node.isCallExpression(call) || call.getExpression() !== ref || resolveIdentifier(ref) !== (Node.isFunctionDeclaration(fn) ? fn : nameNode.getParent())) continue;
    const arg = call.getArguments()[index];
    if (arg) out.push(arg);
  }
  return out;
}

/** `(e) => target(e)` / `function (e) { target(e); }`: the function the event is handed to unchanged. */
function forwardedTo(n: Node): Node | undefined {
  if (!(Node.isArrowFunction(n) || Node.isFunctionExpression(n)) || n.getParameters().length !== 1) return undefined;
  const body = soleExpression(n);
  const call = body && unwrap(body);
  const args = call && Node.isCallExpression(call) ? call.getArguments() : [];
  const p = n.getParameters()[0]!.getNameNode();
  return call && Node.isCallExpression(call) && args.length === 1 && Node.isIdentifier(p) && args[0]!.getText() === p.getText() ? unwrap(call.getExpression()) : undefined;
}

/** `saved.current` of `const saved = useRef(handler)` whose every `saved.current = …` assigns that same parameter. */
function refParameter(access: import('ts-morph').PropertyAccessExpression): Node | undefined {
  const obj = unwrap(access.getExpression());
  if (access.getName() !== 'current' || !Node.isIdentifier(obj)) return undefined;
  const decl = resolveIdentifier(obj);
  const init = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
  const call = init && unwrap(init);
  if (!call || !Node.isCallExpression(call) || !/^(React\.)?useRef$/.test(call.getExpression().getText())) return undefined;
  const first = call.getArguments()[0];
  const param = first && Node.isIdentifier(unwrap(first)) ? resolveIdentifier(unwrap(first)) : undefined;
  if (!param || !Node.isParameterDeclaration(param)) return undefined;
  for (const ref of referencesOf(decl!.getFirstAncestor(isFunctionLike) ?? decl!.getSourceFile(), obj.getText())) {
    const member = ref.getParent();
    const assign = member?.getParent();
    if (!member || !Node.isPropertyAccessExpression(member) || member.getName() !== 'current' || !assign || !Node.isBinaryExpression(assign)) continue;
    if (assign.getLeft() !== member || assign.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) continue;
    const right = unwrap(assign.getRight());
    if (!Node.isIdentifier(right) || resolveIdentifier(right) !== param) return undefined;
  }
  return param;
}
