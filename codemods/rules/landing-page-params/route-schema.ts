// Route-level query schemas (round-11 hold-out): hapi validates `request.query` with the route's
// `options.validate.query` (`config` on hapi 16), Fastify with the route's `schema.querystring` (or `query`), before
// the handler runs. Left on the legacy names the schema rejects the KYX redirect (400: a required key is missing, or
// an unknown key) even with the handler's reads renamed, so its keys are renamed with them: Joi / zod-like
// `x.object({…})` (and `.keys({…})`, TypeBox's `Type.Object({…})`), a plain object of Joi schemas (hapi compiles it),
// a JSON schema's `properties` and `required`, inline or through a const of the file. One this file does not show
// (imported, required, built by code) is flagged at the route.
import { Node } from '#ts-morph';
import { REDIRECT_PARAM_RENAMES, renameIn } from '../../../api/index.js';
import type { Edit, ManualItem } from '../../engine/types.js';
import { existingMarkers } from '../../engine/markers.js';
import { isFunctionLike, resolveIdentifier, stringValue, unwrap } from '../../analysis-frontend/syntax.js';
import { schemaKeyEdits, schemaObject } from './tanstack-search.js';

const UNREAD = 'the route\'s query schema (not declared in this file, or built by code) validates the redirect parameters: accept acquisitionStatus and workflowExecutionId there instead of transactionStatus and transactionReference, as the reads here were renamed (left, it rejects the KYX redirect)';

/** A same-file const's initializer for an identifier; the identifier itself when it is imported (or unknown). */
function deref(n: Node, depth = 0): Node {
  const u = unwrap(n);
  if (!Node.isIdentifier(u) || depth > 3) return u;
  const d = resolveIdentifier(u);
  const init = d && Node.isVariableDeclaration(d) && Node.isIdentifier(d.getNameNode()) ? d.getInitializer() : undefined;
  return init ? deref(init, depth + 1) : u;
}

/** The value of the first of `names` that `obj` (an object literal, or a const holding one) sets. */
function prop(obj: Node | undefined, ...names: string[]): Node | undefined {
  const o = obj && deref(obj);
  if (!o || !Node.isObjectLiteralExpression(o)) return undefined;
  for (const name of names) {
    const p = o.getProperty(name);
    if (p && Node.isPropertyAssignment(p)) return deref(p.getInitializerOrThrow());
    if (p && Node.isShorthandPropertyAssignment(p)) return deref(p.getNameNode());
  }
  return undefined;
}

/** The query schema of the route whose handler holds `read`: the handler property of a route object (hapi's
 * `{ method, path, options: { validate: { query } }, handler }`, Fastify's `app.route({ schema: { querystring }, handler })`),
 * or the options argument before the handler of a Fastify `app.get(path, { schema }, handler)`. */
function routeQuerySchema(read: Node): Node | undefined {
  let depth = 0;
  for (let fn = read.getFirstAncestor(isFunctionLike); fn && depth < 4; fn = fn.getFirstAncestor(isFunctionLike), depth++) {
    const p = fn.getParent();
    if (p && Node.isPropertyAssignment(p) && p.getName() === 'handler') {
      const route = p.getParent();
      return prop(prop(prop(route, 'options', 'config'), 'validate'), 'query') ?? prop(prop(route, 'validate'), 'query')
        ?? prop(prop(route, 'schema'), 'querystring', 'query');
    }
    if (p && Node.isCallExpression(p) && p.getArguments().includes(fn as never)) {
      const args = p.getArguments();
      for (const a of args.slice(0, args.indexOf(fn as never))) {
        const s = prop(prop(a, 'schema'), 'querystring', 'query');
        if (s) return s;
      }
    }
  }
  return undefined;
}

/** The object literal naming the URL's keys in a schema expression. */
function keyedObject(schema: Node): Node | undefined {
  if (Node.isObjectLiteralExpression(schema)) return prop(schema, 'properties') ?? schema;
  if (!Node.isCallExpression(schema)) return undefined;
  const c = schema.getExpression();
  const arg = schema.getArguments()[0];
  // Joi's `Joi.object().keys({…})`, TypeBox's `Type.Object({…})`.
  if (Node.isPropertyAccessExpression(c) && /^(keys|append|Object)$/.test(c.getName()) && arg && Node.isObjectLiteralExpression(arg)) return arg;
  return schemaObject(schema);
}

/** Renames in the query schema of the route whose handler reads the query (`read`); flagged when it cannot be read. */
export function routeSchemaEdits(read: Node, off: number, why: string): { edits: Edit[]; manual: ManualItem[] } {
  const schema = routeQuerySchema(read);
  if (!schema) return { edits: [], manual: [] };
  const obj = keyedObject(schema);
  if (!obj) return { edits: [], manual: [{ pos: schema.getStart() + off, message: UNREAD }] };
  const where = `the route's query schema (${why})`;
  const edits = schemaKeyEdits(obj, off, where);
  // A JSON schema's `required: ['transactionStatus', …]`.
  const required = Node.isObjectLiteralExpression(schema) ? prop(schema, 'required') : undefined;
  if (required && Node.isArrayLiteralExpression(required)) {
    for (const el of required.getElements()) {
      const key = stringValue(el);
      const kyx = key !== undefined ? renameIn(REDIRECT_PARAM_RENAMES, key) : undefined;
      if (kyx) edits.push({ start: el.getStart() + off + 1, end: el.getEnd() + off - 1, text: kyx, message: `redirect parameter ${key} → ${kyx} in ${where}` });
    }
  }
  return { edits, manual: [] };
}

/** A rerun over reads this rule renamed: the item about an unread route schema is reported again while its marker
 * stands (so --check keeps failing until a human removes it). */
export function rereportRouteSchema(read: Node, off: number, text: string): ManualItem[] {
  const schema = routeQuerySchema(read);
  if (!schema || keyedObject(schema)) return [];
  const pos = schema.getStart() + off;
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  return existingMarkers(text, lineStart).some((m) => m.message === UNREAD) ? [{ pos, message: UNREAD }] : [];
}
