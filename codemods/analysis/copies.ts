// A copy of the followed value that keeps every field under its own name is the value (hold-out round 56): its reads
// move like the original's. `{ ...data, wireId, requestedAt }` held in a variable (the properties after the spread
// add the app's keys, none names a field of the answer), `structuredClone(data)`, `Object.assign({}, data, { … })`,
// `JSON.parse(JSON.stringify(data))`. A copy that renames or picks fields (snakecase-keys, lodash pick, Ramda) is not
// one: the value leaves there, as before.
import { Node, type TypeNode } from '#ts-morph';

const WRAPS = (n: Node | undefined) => Node.isParenthesizedExpression(n) || Node.isAsExpression(n) || Node.isSatisfiesExpression(n);

/** Properties written after the value only add the app's keys: none is a spread, none names a field of the answer
 * (the copy would then hold another value there). */
const addsOwnKeys = (props: readonly Node[], fields: ReadonlySet<string>) =>
  props.every((p) => (Node.isPropertyAssignment(p) || Node.isShorthandPropertyAssignment(p)) && !fields.has(p.getName()));
const keepsFields = (literals: readonly Node[], fields: ReadonlySet<string>) => literals.every((o) => Node.isObjectLiteralExpression(o) && addsOwnKeys(o.getProperties(), fields));

/** `node` (the value) is copied by `parent`: the expression holding the copy, or the name a spread copy is bound to. */
export function copyOf(parent: Node, node: Node, fields: ReadonlySet<string>): { node: Node } | { name: Node; type?: TypeNode } | undefined {
  if (Node.isCallExpression(parent) && parent.getArguments().includes(node as never)) {
    const callee = parent.getExpression().getText().replace(/^(globalThis|window)\./, '');
    const args = parent.getArguments();
    if (callee === 'structuredClone' && args[0] === node) return { node: parent };
    const outer = parent.getParent(); // `JSON.parse(JSON.stringify(data))`
    if (callee === 'JSON.stringify' && args.length === 1 && Node.isCallExpression(outer) && outer.getExpression().getText() === 'JSON.parse' && outer.getArguments().length === 1) return { node: outer };
    const first = args[0];
    if (callee === 'Object.assign' && first !== node && Node.isObjectLiteralExpression(first) && first.getProperties().length === 0 &&
        keepsFields(args.slice(args.indexOf(node as never) + 1), fields)) return { node: parent };
    return undefined;
  }
  if (!Node.isSpreadAssignment(parent)) return undefined;
  const literal = parent.getParent();
  let holder: Node | undefined = literal;
  while (WRAPS(holder?.getParent())) holder = holder!.getParent();
  const decl = holder?.getParent();
  if (!Node.isObjectLiteralExpression(literal) || !Node.isVariableDeclaration(decl) || decl.getInitializer() !== holder || !Node.isIdentifier(decl.getNameNode())) return undefined;
  const props = literal.getProperties();
  const after = props.slice(props.indexOf(parent) + 1);
  return addsOwnKeys(after, fields) ? { name: decl.getNameNode(), type: decl.getTypeNode() } : undefined;
}
