// A local function's parameters bound to the arguments of the call being evaluated (static-strings.ts):
// `jumioUrl('/v4/initiate')` with `function jumioUrl(path) { return `${JUMIO_API}${path}` }` is the API base joined to
// that path (round-19 hold-out). A parameter with no argument is its default; a rest parameter, a destructured one or
// one at or after a spread argument stays unknown. Bindings nest with the calls and are undone when a call is left.
import { Node } from '#ts-morph';
import { findDeclaration } from './resolve-binding.js';

const bound = new Map<Node, Node>();

/** The argument the parameter `id` refers to is bound to in the call being evaluated, if any. */
export function boundArgument(id: Node): Node | undefined {
  if (!bound.size) return undefined;
  const d = findDeclaration(id, id.getText());
  return d && Node.isParameterDeclaration(d) ? bound.get(d) : undefined;
}

/** Runs `run` with `fn`'s parameters bound to `args`. */
export function withArguments<T>(fn: Node, args: Node[], run: () => T): T {
  const params = Node.isFunctionDeclaration(fn) || Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) || Node.isMethodDeclaration(fn) ? fn.getParameters() : [];
  const saved = new Map<Node, Node | undefined>();
  params.forEach((p, i) => {
    const value = p.isRestParameter() || !Node.isIdentifier(p.getNameNode()) || args.slice(0, i + 1).some((a) => Node.isSpreadElement(a)) ? undefined : args[i] ?? p.getInitializer();
    if (!value) return;
    saved.set(p, bound.get(p));
    bound.set(p, value);
  });
  try {
    return run();
  } finally {
    for (const [p, before] of saved) before ? bound.set(p, before) : bound.delete(p);
  }
}
