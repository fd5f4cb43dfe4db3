// A zod schema that validates the legacy initiate response (`const InitiateResponse = z.object({ redirectUrl:
// z.string().url(), transactionReference: z.string() })` … `InitiateResponse.parse(await res.json())`): once the call
// is migrated the legacy schema rejects the KYX response, so its legacy keys move to the KYX shape
// (`web: z.object({ href: z.string().url() })`) and the parsed value is followed like the response itself.
import { Node, SyntaxKind, ts, type CallExpression, type ObjectLiteralExpression, type ParameterDeclaration } from '#ts-morph';
import { descendantsOfKinds } from '../engine/descendants.js';
import { isExportedDeclaration } from './exports.js';
import { INITIATE_RESPONSE_FIELD_MOVES } from '../../api/index.js';
import type { EditSet } from './edit-set.js';
import { propertyKey } from './object-literals.js';
import { findDeclaration } from './resolve-binding.js';
import { packageOf } from './settling-wrappers.js';

const IDENTIFIER = new Set([SyntaxKind.Identifier]);
const MOVED = INITIATE_RESPONSE_FIELD_MOVES.filter((m) => m.kyx.length > 1);
const OBJECT_MODIFIERS = new Set(['strict', 'passthrough', 'strip', 'partial', 'required', 'readonly']);

/** The `z.object({…})` literal behind a schema expression (`z.object({…}).strict()`), and the zod namespace text.
 * With `withTransform`, an outermost `.transform((parsed) => …)` is allowed and returned (its parameter gets the
 * parsed object). */
export function objectSchema(init: Node, withTransform = false): { obj: ObjectLiteralExpression; z: string; strict: boolean; transform?: ParameterDeclaration } | undefined {
  let e: Node = init;
  let strict = false;
  let transform: ParameterDeclaration | undefined;
  if (withTransform && Node.isCallExpression(e) && Node.isPropertyAccessExpression(e.getExpression())) {
    const callee = e.getExpression() as import('ts-morph').PropertyAccessExpression;
    const fn = e.getArguments()[0];
    if (callee.getName() === 'transform') {
      const param = fn && (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) ? fn.getParameters()[0] : undefined;
      if (!param || !Node.isIdentifier(param.getNameNode()) || e.getArguments().length !== 1) return undefined;
      transform = param;
      e = callee.getExpression();
    }
  }
  while (Node.isCallExpression(e) && Node.isPropertyAccessExpression(e.getExpression())) {
    const callee = e.getExpression() as import('ts-morph').PropertyAccessExpression;
    if (callee.getName() === 'object') {
      const ns = callee.getExpression();
      const arg = e.getArguments()[0];
      const fromZod = Node.isIdentifier(ns) && packageOf(ns) === 'zod'; // imported, or `const { z } = require('zod')` (round 60)
      return fromZod && arg && Node.isObjectLiteralExpression(arg) ? { obj: arg, z: ns.getText(), strict, ...(transform ? { transform } : {}) } : undefined;
    }
    if (!OBJECT_MODIFIERS.has(callee.getName())) return undefined;
    strict ||= callee.getName() === 'strict';
    e = callee.getExpression();
  }
  return undefined;
}

/**
 * `parseCall` is `Schema.parse(value)` / `Schema.parseAsync(value)` (or `safeParse`) with the legacy response as `value`. When Schema
 * is a non-exported zod object schema of this file, read nowhere else (type queries such as `z.infer<typeof Schema>`
 * aside), with a legacy response key, its keys are rewritten and the value holding the response is returned: the
 * call's result, or the parameter of the schema's `.transform((started) => …)` (round 45: the call's result is then
 * the app's own object); false otherwise.
 */
export function migrateResponseSchema(parseCall: CallExpression, edits: EditSet): 'result' | ParameterDeclaration | Node[] | false {
  const callee = parseCall.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || !['parse', 'parseAsync', 'safeParse', 'safeParseAsync'].includes(callee.getName())) return false;
  // `const parsed = Schema.safeParse(x)`: the response is `parsed.data` (round 45).
  const safeData = callee.getName().startsWith('safe') ? safeParseData(parseCall) : undefined;
  if (callee.getName().startsWith('safe') && !safeData) return false;
  const id = callee.getExpression();
  if (!Node.isIdentifier(id)) return false;
  const decl = findDeclaration(id, id.getText());
  const st = decl && Node.isVariableDeclaration(decl) ? decl.getVariableStatement() : undefined;
  const init = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
  if (!st || !init || isExportedDeclaration(st) || st.getDeclarationKind() !== 'const') return false;
  const schema = objectSchema(init, true);
  if (!schema) return false;
  const name = id.getText();
  const sf = decl!.getSourceFile();
  const refs = descendantsOfKinds(sf, IDENTIFIER, (n) => (n as ts.Identifier).text === name).filter((r) =>
    r !== (decl as import('ts-morph').VariableDeclaration).getNameNode() && !r.getFirstAncestorByKind(SyntaxKind.TypeQuery) &&
    !Node.isTypeReference(r.getParent()) && !Node.isTypeAliasDeclaration(r.getParent()) &&
    findDeclaration(r, name) === decl);
  if (refs.length !== 1 || refs[0] !== id) return false;
  const props = schema.obj.getProperties();
  const moves = props.map((p) => (Node.isPropertyAssignment(p) ? MOVED.find((m) => m.legacy === propertyKey(p.getNameNode())) : undefined));
  if (!moves.some(Boolean)) return false;
  props.forEach((p, i) => {
    const move = moves[i];
    if (!move || !Node.isPropertyAssignment(p)) return;
    const value = p.getInitializerOrThrow().getText();
    const [head, ...rest] = move.kyx;
    const inner = rest.reduceRight((acc, seg) => `${schema.z}.object({ ${seg}: ${acc} })`, value);
    edits.replaceNode(p, `${head}: ${inner}`, `response schema: ${move.legacy} → ${move.kyx.join('.')}`);
  });
  if (schema.strict) {
    edits.addManual(init, 'this response schema is .strict(): the KYX response has more keys (account, sdk, workflowExecution.credentials…), ' +
      'so parsing it throws; drop .strict() (or use .passthrough())');
  }
  return schema.transform ?? safeData ?? 'result';
}

/** The `parsed.data` reads of `const parsed = Schema.safeParse(x)` (or `await Schema.safeParseAsync(x)`), when
 * `parsed` is otherwise only tested (`parsed.success`, `parsed.error`); undefined when it goes anywhere else. */
function safeParseData(call: CallExpression): Node[] | undefined {
  const at = Node.isAwaitExpression(call.getParent()) ? call.getParentOrThrow() : call;
  const decl = at.getParent();
  if (!Node.isVariableDeclaration(decl) || decl.getInitializer() !== at || !Node.isIdentifier(decl.getNameNode())) return undefined;
  const name = decl.getName();
  const data: Node[] = [];
  for (const r of descendantsOfKinds(decl.getSourceFile(), IDENTIFIER, (n) => (n as ts.Identifier).text === name)) {
    if (r === decl.getNameNode() || findDeclaration(r, name) !== decl) continue;
    const p = r.getParent();
    if (!Node.isPropertyAccessExpression(p) || p.getExpression() !== r || !['data', 'success', 'error'].includes(p.getName())) return undefined;
    if (p.getName() === 'data') data.push(p);
  }
  return data;
}
