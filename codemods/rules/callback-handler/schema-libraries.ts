// Two more spellings of a request schema, for the callback proof (handler-context.ts reads zod / Joi / yup / TypeBox,
// valibot-schema.ts valibot), hold-out round 15:
// - arktype: the schema is a function — `const Cb = type({ callBackType: "'NETVERIFY_AUTHENTICATION'", 'x?': 'string' })`
//   (`type` imported from 'arktype'); `Cb(req.body)` returns the validated value (or `type.errors`), `Cb.assert(v)` too;
//   keys may end in `?` (optional), a literal is written quoted inside the definition string;
// - superstruct: `object({ … })` / `type({ … })` imported from 'superstruct', validated value first: `create(req.body,
//   S)`, `mask(…)` return the value, `assert(…)` checks it in place.
import { Node } from '#ts-morph';
import { findDeclaration } from '../../analysis/resolve-binding.js';

const SUPERSTRUCT_VALUE = new Set(['create', 'mask', 'assert']);
const SUPERSTRUCT_OBJECT = new Set(['object', 'type']);

/** The name an identifier imports from `module` (`import { type } from 'arktype'` → 'type'), if it does. */
function importedFrom(id: Node, module: string): string | undefined {
  if (!Node.isIdentifier(id)) return undefined;
  const decl = findDeclaration(id, id.getText());
  return decl && Node.isImportSpecifier(decl) && decl.getImportDeclaration().getModuleSpecifierValue() === module ? decl.getName() : undefined;
}

/** The `{ … }` a schema call of either library is made from (`type({ … })` of arktype, `object({ … })` of superstruct). */
function shapeOfCall(e: Node | undefined): Node | undefined {
  if (!e || !Node.isCallExpression(e)) return undefined;
  const callee = e.getExpression();
  const arg = e.getArguments()[0];
  const ok = importedFrom(callee, 'arktype') === 'type' || SUPERSTRUCT_OBJECT.has(importedFrom(callee, 'superstruct') ?? '');
  return ok && arg && Node.isObjectLiteralExpression(arg) ? arg : undefined;
}

/** The shape of a schema held in a `const` of the file (or written inline). */
function shapeOf(e: Node | undefined): Node | undefined {
  if (e && Node.isIdentifier(e)) {
    const decl = findDeclaration(e, e.getText());
    return decl && Node.isVariableDeclaration(decl) ? shapeOfCall(decl.getInitializer()) : undefined;
  }
  return shapeOfCall(e);
}

/** `Cb(value)`, `Cb.assert(value)` (arktype) or `create(value, S)` (superstruct): the value validated and the schema's
 * shape, if the call is such a validation. */
export function libraryValidation(call: Node): { value: Node; shape: Node } | undefined {
  if (!Node.isCallExpression(call)) return undefined;
  const callee = call.getExpression();
  const [a0, a1] = call.getArguments();
  if (!a0) return undefined;
  if (SUPERSTRUCT_VALUE.has(importedFrom(callee, 'superstruct') ?? '')) {
    const shape = shapeOf(a1);
    return shape ? { value: a0, shape } : undefined;
  }
  const schema = Node.isPropertyAccessExpression(callee) && callee.getName() === 'assert' ? callee.getExpression() : callee;
  const shape = Node.isIdentifier(schema) ? shapeOf(schema) : undefined;
  return shape && importedFrom(findInit(schema)!, 'arktype') === 'type' ? { value: a0, shape } : undefined;
}

/** The callee of the `const`'s initialiser call (`type` of `const Cb = type({ … })`). */
function findInit(id: Node): Node | undefined {
  const decl = findDeclaration(id, id.getText());
  const init = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
  return init && Node.isCallExpression(init) ? init.getExpression() : undefined;
}
