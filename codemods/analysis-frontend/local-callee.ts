// The local function a call in a message handler invokes, for the handler's data flow (event-data.ts): a function of
// the same file or page (`handle(e)`, `const handle = (e) => …`), one the handler's own file imports (one hop:
// `import { handleJumio } from './jumio'`), or a `this.x` member of the handler's class; and the functions of a
// dispatch table the call picks from by a computed key (tableCallees); the functions a generic hook's parameter
// stands for (parameterCallees).
import { Node, SyntaxKind, type CallExpression, type ParameterDeclaration, type SourceFile } from '#ts-morph';
import { isFunctionLike, referencesOf, resolveIdentifier, stringValue, unwrap, type FunctionLikeNode } from './syntax.js';
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

/**
 * A call of a parameter of the enclosing local function — `onMessage(value)` inside `function useWindowMessage(guard,
 * onMessage) { … listener … }` — invokes what the file's calls of that function pass there: `useWindowMessage(
 * isJumioMessage, handleMessage)` → `isJumioMessage`, and `handleMessage` through its useCallback (round-33 hold-out:
 * a generic hook's handler was left untouched with no item). At most 4 call sites; none when the function is exported
 * (other modules' calls are not seen, and their functions would not be renamed with it).
 */
export function parameterCallees(call: Node, globals: readonly SourceFile[], imports: ListenerSearchOptions): ParameterCallee[] {
  if (!Node.isCallExpression(call)) return [];
  const callee = unwrap(call.getExpression());
  const param = Node.isIdentifier(callee) ? resolveIdentifier(callee, globals) : undefined;
  if (!param || !Node.isParameterDeclaration(param)) return [];
  const owner = param.getParent();
  const holder = Node.isArrowFunction(owner) || Node.isFunctionExpression(owner) ? owner.getParent() : owner;
  const name = Node.isFunctionDeclaration(holder) || Node.isVariableDeclaration(holder) ? holder.getName() : undefined;
  if (!name || !isFunctionLike(owner) || exported(holder!)) return [];
  const index = owner.getParameters().indexOf(param);
  const sites = referencesOf(call.getSourceFile(), name).flatMap((ref) => {
    const c = ref.getParent();
    return c && Node.isCallExpression(c) && c.getExpression() === ref && resolveIdentifier(ref, globals) === holder ? [c] : [];
  });
  if (sites.length === 0 || sites.length > 4) return [];
  return sites.flatMap((c) => {
    const arg = c.getArguments()[index];
    const fn = arg ? resolveHandler(arg, imports, 0)?.fn : undefined;
    return fn && !fn.getSourceFile().isDeclarationFile() ? [{ fn, contextTypes: contextTypes(c, param) }] : [];
  });
}

/** A function a hook's parameter stands for, and what types its parameters when they carry no annotation: the type
 * arguments of the call that passes it (`useParsedMessages<FrameEvent>((message) => …)`), else the hook parameter's
 * own function type (`onMessage: (message: FrameEvent) => void`), by position. */
export interface ParameterCallee {
  fn: FunctionLikeNode;
  contextTypes: (argIndex: number) => Node[];
}

function contextTypes(site: CallExpression, param: ParameterDeclaration): (argIndex: number) => Node[] {
  const typeArguments = site.getTypeArguments();
  const own = param.getTypeNode();
  return (i) => {
    if (typeArguments.length > 0) return typeArguments;
    const t = own && Node.isFunctionTypeNode(own) ? own.getParameters()[i]?.getTypeNode() : undefined;
    return t ? [t] : [];
  };
}

function exported(decl: Node): boolean {
  const statement = Node.isVariableDeclaration(decl) ? decl.getVariableStatement() : decl;
  return !!statement && (Node.isFunctionDeclaration(statement) || Node.isVariableStatement(statement)) && statement.hasExportKeyword();
}

/** A call no local function answers: the functions of the dispatch table it picks from, else those the hook parameter
 * it calls stands for (with what types their parameters). */
export function otherCallees(call: Node, globals: readonly SourceFile[], imports: ListenerSearchOptions): ParameterCallee[] {
  const table = tableCallees(call, globals);
  return table.length > 0 ? table.map((fn) => ({ fn, contextTypes: () => [] })) : parameterCallees(call, globals, imports);
}
