// A local helper the event data is handed to and that hands it back: `const msg = safeParse<JumioMessage>(e.data)`
// with `function safeParse<T>(raw) { try { return JSON.parse(raw) as T } catch { return null } }`, or
// `const d = parseEvent(event)`. The caller reads what the helper returns, so the flow goes on at the call.
import { Node, type TypeNode } from '#ts-morph';
import { enclosingFunction, type FunctionLikeNode } from './syntax.js';

/** The function whose result `x` is: `return x` in it, or an arrow function's expression body. */
export function returnedFrom(x: Node, parent: Node): FunctionLikeNode | undefined {
  if (Node.isReturnStatement(parent)) return enclosingFunction(parent);
  return Node.isArrowFunction(parent) && parent.getBody() === x ? parent : undefined;
}

/** The type a generic helper's call says it returns: `safeParse<JumioMessage>(…)` of `safeParse<T>(…): T | null`. */
export function returnTypeArgument(call: Node, fn: FunctionLikeNode): TypeNode | undefined {
  if (!Node.isCallExpression(call)) return undefined;
  const params = fn.getTypeParameters();
  const ret = fn.getReturnTypeNode()?.getText() ?? '';
  const i = params.findIndex((p) => new RegExp(`\\b${p.getName()}\\b`).test(ret));
  return i >= 0 ? call.getTypeArguments()[i] : undefined;
}

/** `JSON.parse(raw) as T` in a generic helper: `T` is the helper's type parameter, no type of the event (the call's
 * type argument is, returnTypeArgument). */
export function isTypeParameterRef(t: TypeNode): boolean {
  if (!Node.isTypeReference(t)) return false;
  const name = t.getTypeName().getText();
  for (let a: Node | undefined = t.getParent(); a; a = a.getParent()) {
    if ('getTypeParameters' in a && typeof a.getTypeParameters === 'function'
      && (a.getTypeParameters() as { getName(): string }[]).some((p) => p.getName() === name)) return true;
  }
  return false;
}
