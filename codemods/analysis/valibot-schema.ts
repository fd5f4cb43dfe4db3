// valibot's spelling of a schema, for the callback proof (handler-context.ts reads zod / Joi / yup / TypeBox) and the
// retrieval details a schema validates (retrieval-authentication/details-schema.ts):
// the validation is a function of the module given the schema first — `v.parse(Schema, req.body)`, `safeParse(Schema,
// body)` — and the schema is `v.object({ … })` (also `strictObject`, `looseObject`, `objectWithRest`, inside
// `v.pipe(…)`), the module imported whole (`import * as v from 'valibot'`) or by name.
import { Node } from '#ts-morph';
import { findDeclaration } from './resolve-binding.js';

export const VALIBOT_VALIDATE = new Set(['parse', 'safeParse', 'parseAsync', 'safeParseAsync', 'assert', 'is']);
const OBJECT = new Set(['object', 'strictObject', 'looseObject', 'objectWithRest']);

/** An identifier naming valibot's module (`v` of `import * as v`) or one of its functions (`import { parse }`). */
function fromValibot(id: Node): boolean {
  if (!Node.isIdentifier(id)) return false;
  const decl = findDeclaration(id, id.getText());
  if (decl && Node.isImportDeclaration(decl)) return decl.getModuleSpecifierValue() === 'valibot';
  return !!decl && Node.isImportSpecifier(decl) && decl.getImportDeclaration().getModuleSpecifierValue() === 'valibot';
}

/** The valibot function a call calls (`v.parse` → 'parse', `parse` imported from valibot → 'parse'), if it is one. */
function valibotFunction(call: Node): string | undefined {
  if (!Node.isCallExpression(call)) return undefined;
  const callee = call.getExpression();
  if (Node.isPropertyAccessExpression(callee)) return fromValibot(callee.getExpression()) ? callee.getName() : undefined;
  if (!Node.isIdentifier(callee) || !fromValibot(callee)) return undefined;
  const decl = findDeclaration(callee, callee.getText());
  return decl && Node.isImportSpecifier(decl) ? decl.getName() : undefined;
}

/** `v.parse(Schema, value)`: the schema and the value validated, if the call is a valibot validation. */
export function valibotValidation(call: Node): { schema: Node; value: Node } | undefined {
  const fn = valibotFunction(call);
  if (!fn || !VALIBOT_VALIDATE.has(fn) || !Node.isCallExpression(call)) return undefined;
  const [schema, value] = call.getArguments();
  return schema && value ? { schema, value } : undefined;
}

/** The `{ … }` of `v.object({ … })` (through `v.pipe(v.object({ … }), …)`), if the expression is one. */
export function valibotObjectShape(e: Node | undefined): Node | undefined {
  const fn = e && valibotFunction(e);
  if (!fn || !Node.isCallExpression(e)) return undefined;
  const arg = e.getArguments()[0];
  if (fn === 'pipe') return valibotObjectShape(arg);
  return OBJECT.has(fn) && arg && Node.isObjectLiteralExpression(arg) ? arg : undefined;
}

/** How the schema's module spells a plain object schema: `v.object` for `v.strictObject({ … })`, `object` when the
 * schema calls an `object` imported by name; undefined when neither is in reach. */
export function valibotObjectCall(e: Node): string | undefined {
  let c: Node | undefined = e;
  while (c && valibotFunction(c) === 'pipe') c = (c as import('ts-morph').CallExpression).getArguments()[0];
  const fn = c && valibotFunction(c);
  if (!fn || !OBJECT.has(fn) || !Node.isCallExpression(c)) return undefined;
  const callee = c.getExpression();
  if (Node.isPropertyAccessExpression(callee)) return `${callee.getExpression().getText()}.object`;
  return fn === 'object' ? callee.getText() : undefined;
}
