// A zustand store's own functions, reached through its state: `get().onFrameMessage` inside the store's creator
// (`create((set, get) => ({ … }))`, also `create<T>()(creator)`, `createStore`, and wrapped in middleware such as
// `devtools(…)`, `persist(…, options)`, `immer(…)`), and `useKycStore.getState().onFrameMessage` of a store created in
// the file. Either is the function the creator's object holds under that name (hold-out round 16: a store attaching
// its own handler was not found).
import { Node, type PropertyAccessExpression } from '#ts-morph';
import { isFunctionLike, resolveIdentifier, soleReturnedExpression, unwrap } from './syntax.js';

const FACTORIES = /^(create|createStore|createWithEqualityFn)$/;

/** `create(…)` or `create<T>()(…)`: a zustand factory call, whose first argument is the creator (maybe wrapped). */
function isFactoryCall(call: Node): boolean {
  if (!Node.isCallExpression(call)) return false;
  const callee = unwrap(call.getExpression());
  const factory = Node.isCallExpression(callee) && callee.getArguments().length === 0 ? unwrap(callee.getExpression()) : callee;
  if (!Node.isIdentifier(factory) || !FACTORIES.test(factory.getText())) return false;
  const d = resolveIdentifier(factory);
  return !!d && Node.isImportSpecifier(d) && /^zustand(\/|$)/.test(d.getImportDeclaration().getModuleSpecifierValue());
}

/** Is `fn` a store creator: the first argument of a factory call, directly or through middleware calls? */
function isCreator(fn: Node): boolean {
  let cur: Node = fn;
  for (let depth = 0; depth < 4; depth++) {
    const call = cur.getParent();
    if (!call || !Node.isCallExpression(call) || call.getArguments()[0] !== cur) return false;
    if (isFactoryCall(call)) return true;
    cur = call;
  }
  return false;
}

/** The creator inside `create(…)` / `create<T>()(…)` / middleware calls around it. */
function creatorIn(expr: Node): Node | undefined {
  let cur: Node | undefined = unwrap(expr);
  for (let depth = 0; depth < 4 && cur && Node.isCallExpression(cur); depth++) {
    const arg: Node | undefined = cur.getArguments()[0];
    if (!arg) return undefined;
    if (isFunctionLike(unwrap(arg))) return isCreator(unwrap(arg)) ? unwrap(arg) : undefined;
    cur = unwrap(arg);
  }
  return undefined;
}

/** The function the store's state holds under the name `n` reads, for `get().name` / `store.getState().name`. */
export function storeStateMember(n: PropertyAccessExpression): Node | undefined {
  const call = unwrap(n.getExpression());
  if (!Node.isCallExpression(call) || call.getArguments().length > 0) return undefined;
  const callee = unwrap(call.getExpression());
  let creator: Node | undefined;
  if (Node.isIdentifier(callee)) {
    const d = resolveIdentifier(callee);
    const fn = d && Node.isParameterDeclaration(d) ? d.getParent() : undefined;
    if (fn && isFunctionLike(fn) && fn.getParameters()[1] === d && isCreator(fn)) creator = fn;
  } else if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'getState') {
    const store = unwrap(callee.getExpression());
    const d = Node.isIdentifier(store) ? resolveIdentifier(store) : undefined;
    const init = d && Node.isVariableDeclaration(d) ? d.getInitializer() : undefined;
    creator = init && creatorIn(init);
  }
  const state = creator && soleReturnedExpression(creator);
  const obj = state && unwrap(state);
  const member = obj && Node.isObjectLiteralExpression(obj) ? obj.getProperty(n.getName()) : undefined;
  if (member && Node.isMethodDeclaration(member)) return member;
  return member && Node.isPropertyAssignment(member) ? member.getInitializer() : undefined;
}
