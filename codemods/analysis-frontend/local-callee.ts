// The local function a call in a message handler invokes, for the handler's data flow (event-data.ts): a function of
// the same file or page (`handle(e)`, `const handle = (e) => …`), one the handler's own file imports (one hop:
// `import { handleJumio } from './jumio'`), or a `this.x` member of the handler's class; and the functions of a
// dispatch table the call picks from by a computed key (tableCallees).
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import { isFunctionLike, resolveIdentifier, stringValue, unwrap, type FunctionLikeNode } from './syntax.js';
import { findThisMember, resolveHandler, type ListenerSearchOptions } from './listeners.js';

export function localCallee(call: Node, fn: FunctionLikeNode, globals: readonly SourceFile[], imports: ListenerSearchOptions): FunctionLikeNode | undefined {
  if (!Node.isCallExpression(call)) return undefined;
  const callee = unwrap(call.getExpression());
  let target: Node | undefined;
  if (Node.isIdentifier(callee)) {
    const decl = resolveIdentifier(callee, globals);
    target = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : decl;
    const imported = decl && (Node.isImportSpecifier(decl) || Node.isImportClause(decl.getParent()));
    if (imported && imports.project && callee.getSourceFile() === fn.getSourceFile()) target = resolveHandler(callee, imports, 0)?.fn;
  } else if (Node.isPropertyAccessExpression(callee) && callee.getExpression().getKind() === SyntaxKind.ThisKeyword) {
    target = findThisMember(callee, callee.getName());
  }
  target = target ? unwrap(target) : undefined;
  // `const onMessage = useEffectEvent((e) => …)` (useCallback, throttle…) called by a forwarder: the function it wraps
  // (round-29 hold-out).
  if (target && Node.isCallExpression(target)) target = resolveHandler(target, imports, 0)?.fn;
  return isFunctionLike(target) ? target : undefined;
}

/** The functions of a same-file object literal that a call picks by a computed key — a dispatch table keyed by the
 * event's value: `handlers[data.payload.value]?.(data)`, `const handle = handlers[v]; if (handle) handle(data)`
 * (round-10 hold-out: the parsed object was flagged as escaping). Methods, function values, or local functions named. */
export function tableCallees(call: Node, globals: readonly SourceFile[]): FunctionLikeNode[] {
  if (!Node.isCallExpression(call)) return [];
  const initOf = (n: Node): Node | undefined => {
    const d = Node.isIdentifier(n) ? resolveIdentifier(n, globals) : undefined;
    const init = d && Node.isVariableDeclaration(d) ? d.getInitializer() : undefined;
    return init ? unwrap(init) : Node.isFunctionDeclaration(d) ? d : undefined;
  };
  let pick: Node | undefined = unwrap(call.getExpression());
  if (Node.isIdentifier(pick)) pick = initOf(pick);
  if (!pick || !Node.isElementAccessExpression(pick) || stringValue(pick.getArgumentExpression()) !== undefined) return [];
  let table: Node | undefined = unwrap(pick.getExpression());
  if (Node.isIdentifier(table)) table = initOf(table);
  if (!table || !Node.isObjectLiteralExpression(table)) return [];
  return table.getProperties().map((p) => {
    const v = Node.isMethodDeclaration(p) ? p : Node.isPropertyAssignment(p) ? unwrap(p.getInitializerOrThrow()) : undefined;
    return v && Node.isIdentifier(v) ? initOf(v) : v;
  }).filter((v): v is FunctionLikeNode => isFunctionLike(v));
}
