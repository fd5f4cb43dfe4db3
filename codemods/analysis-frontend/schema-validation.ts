// The parsed event validated by a schema of the same file before it is read: zod (and look-alike APIs)
// `Schema.parse(obj)` returns the object, `Schema.safeParse(obj)` returns `{ success, data }` whose `data` is it;
// valibot's `v.parse(Schema, obj)` / `v.safeParse(Schema, obj)` (its result's `output`) and yup's
// `Schema.validateSync(obj)` / `Schema.cast(obj)` likewise; an ArkType schema (`const S = type({…})` of 'arktype')
// called on the object, `S(obj)` (or `S.assert(obj)`), returns it (or `type.errors`, which the code tells apart).
// The schema's `x.object({…})` literal names the object's keys like a type does: a read renamed there must be
// renamed in the schema too, or the schema rejects the KYX event (round-6 hold-out: the handler was flagged only).
import { Node, SyntaxKind, type CallExpression } from '#ts-morph';
import { memberName, resolveIdentifier, unwrap } from './syntax.js';

/** The object literal of `x.object({…})`, through `.strict()`-style chains and a same-file const. */
export function schemaObjectLiteral(expr: Node, depth = 0): Node | undefined {
  const e = unwrap(expr);
  if (depth > 4) return undefined;
  if (Node.isIdentifier(e)) {
    const d = resolveIdentifier(e);
    const init = d && Node.isVariableDeclaration(d) ? d.getInitializer() : undefined;
    return init ? schemaObjectLiteral(init, depth + 1) : undefined;
  }
  if (!Node.isCallExpression(e)) return undefined;
  const c = e.getExpression();
  // valibot's named import: `object({…})`; ArkType's `type({…})`.
  const named = Node.isIdentifier(c) && (c.getText() === 'object' || isArkType(c)) ? e.getArguments()[0] : undefined;
  if (named) return Node.isObjectLiteralExpression(named) ? named : undefined;
  if (!Node.isPropertyAccessExpression(c)) return undefined;
  if (c.getName() !== 'object') return schemaObjectLiteral(c.getExpression(), depth + 1);
  const arg = e.getArguments()[0];
  return arg && Node.isObjectLiteralExpression(arg) ? arg : undefined;
}

/** `Schema.parse(x)` / `Schema.safeParse(x)` with `x` its argument (valibot: `v.parse(Schema, x)` / `safeParse(Schema, x)`,
 * round 8): the schema literal, and the expressions whose value is the validated object (the call itself, or each
 * `r.data` of `const r = Schema.safeParse(x)` — `r.output` for valibot). */
export function validatedObject(call: CallExpression, x: Node): { schema: Node; values: Node[] } | undefined {
  const callee = unwrap(call.getExpression());
  // ArkType: `S(x)` / `S.assert(x)` of `const S = type({…})`.
  const ark = Node.isIdentifier(callee) ? callee : memberName(callee) === 'assert' ? unwrap((callee as import('#ts-morph').PropertyAccessExpression).getExpression()) : undefined;
  const arkSchema = ark && call.getArguments()[0] === x ? arkTypeSchema(ark) : undefined;
  if (arkSchema) return { schema: arkSchema, values: [call] };
  const method = Node.isIdentifier(callee) ? callee.getText() : memberName(callee);
  // yup's `Schema.validateSync(x)` / `Schema.cast(x)` return the object like zod's parse (round-14 hold-out: flagged as
  // an escape, the schema left to reject every KYX event).
  if (!/^(parse|safeParse|parseAsync|safeParseAsync|validateSync|cast)$/.test(method ?? '')) return undefined;
  const [first, second] = call.getArguments();
  const valibot = second === x && first !== undefined;
  if (!valibot && first !== x) return undefined;
  const schemaExpr = valibot ? first : Node.isPropertyAccessExpression(callee) ? callee.getExpression() : undefined;
  const schema = schemaExpr && schemaObjectLiteral(schemaExpr);
  if (!schema) return undefined;
  if (!method!.startsWith('safe')) return { schema, values: [call] };
  let holder: Node = call;
  while (holder.getParent() && (Node.isAwaitExpression(holder.getParent()!) || Node.isParenthesizedExpression(holder.getParent()!))) holder = holder.getParent()!;
  const decl = holder.getParent();
  if (!decl || !Node.isVariableDeclaration(decl) || !Node.isIdentifier(decl.getNameNode())) return undefined;
  const scope = decl.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a)) ?? decl.getSourceFile();
  const values = scope.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression)
    .filter((p) => p.getName() === (valibot ? 'output' : 'data') && Node.isIdentifier(p.getExpression()) && resolveIdentifier(p.getExpression()) === decl);
  return { schema, values };
}

/** `type` imported from 'arktype'. */
function isArkType(id: Node): boolean {
  const d = resolveIdentifier(id);
  return !!d && Node.isImportSpecifier(d) && d.getName() === 'type' && d.getImportDeclaration().getModuleSpecifierValue() === 'arktype';
}

/** The object literal of `const S = type({…})` that `id` names. */
function arkTypeSchema(id: Node): Node | undefined {
  if (!Node.isIdentifier(id)) return undefined;
  const d = resolveIdentifier(id);
  const init = d && Node.isVariableDeclaration(d) ? d.getInitializer() : undefined;
  const call = init && unwrap(init);
  if (!call || !Node.isCallExpression(call) || !isArkType(call.getExpression())) return undefined;
  const arg = call.getArguments()[0];
  return arg && Node.isObjectLiteralExpression(arg) ? arg : undefined;
}
