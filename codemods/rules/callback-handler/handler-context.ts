// What a request handler's surroundings say about it, for the callback proof in handler-proof.ts:
// - NestJS controller methods (`@Post() handle(@Body() dto: Dto)`): the handler is the method and the request is the
//   parameter decorated with @Body()/@Req()/@Request(), not the first parameter;
// - legacy callback fields the request parameter's declared type lists (a DTO class or interface in the same file),
//   so a DTO declaring `callBackType` / `enrollmentTransactionReference` counts even when the method reads only
//   `transactionResult`;
// - whether the handler names Jumio: its route path, its strings and identifiers, a Nest controller's decorator or
//   class name, the call that registers a named handler, or the file's name and folder (`pages/api/jumio/callback.ts`).
//   Comments do not count.
// - Nest `@Body('field')` parameters (routing-controllers `@BodyParam`, tsoa `@BodyProp`, Ts.ED `@BodyParams`), which read
//   one field each.
// - a validation schema the handler applies to its request (`Callback.parse(req.body)`, `schema.validate(req.body)`:
//   zod / Joi / yup-style `X.object({ … })` of the same file): its keys count like a DTO's, and a
//   `'NETVERIFY_AUTHENTICATION'` pinned in it (`z.literal(…)`, `.valid(…)`) proves the callback like a comparison in
//   the handler, which may then read only transactionReference / transactionResult; also TypeBox's `Type.Object({ … })`
//   and a body schema the route registering the handler applies (Fastify's `{ schema: { body: S } }`); valibot's
//   `v.parse(S, req.body)` with `v.object({ … })` (valibot-schema.ts); a Sails actions2 definition's `inputs`
//   (framework-inputs.ts); h3's `readValidatedBody(event, S.parse)` (also `(b) => S.parse(b)`, or `S` itself).
import { Node, SyntaxKind, ts, type CallExpression } from '#ts-morph';
import { descendantsOfKinds } from '../../engine/descendants.js';
import { LEGACY_CALLBACK_TYPE_AUTHENTICATION } from '../../../api/index.js';
import { findDeclaration, propertyKey } from '../../analysis/resolve-binding.js';
import { mentionsJumio } from '../../analysis/jumio-names.js';
import { fileRoutePath } from './file-route.js';
import { insideJumioPlugin, registeredUnderJumio } from './handler-registrations.js';
import { VALIBOT_VALIDATE, valibotObjectShape, valibotValidation } from '../../analysis/valibot-schema.js';
import { isMatchedData, sailsActionInputs, tsRestRoute } from './framework-inputs.js';
export { valibotValidation, isMatchedData, sailsActionInputs, tsRestRoute };
import { routeObjectOf, routeTableKey } from './route-objects.js';
import { libraryValidation } from './schema-libraries.js';

const NEST_ROUTE_DECORATORS = new Set(['Post', 'Put', 'Patch', 'All']);
// routing-controllers `@BodyParam('x')`, tsoa `@BodyProp('x')` and Ts.ED `@BodyParams('x')` take one body field, like
// Nest's `@Body('x')`.
const FIELD_DECORATORS = new Set(['Body', 'BodyParam', 'BodyProp', 'BodyParams']);
const NEST_REQUEST_DECORATORS = new Set(['Body', 'Req', 'Request', 'BodyParam', 'BodyProp', 'BodyParams']);

/** A NestJS route method's request parameters (decorated with @Body()/@Req()/@Request()); undefined if `fn` is not one. */
export function nestRequestParams(fn: Node): Node[] | undefined {
  if (!Node.isMethodDeclaration(fn)) return undefined;
  if (!fn.getDecorators().some((d) => NEST_ROUTE_DECORATORS.has(d.getName()))) return undefined;
  const out = fn.getParameters().filter((p) => p.getDecorators().some((d) => NEST_REQUEST_DECORATORS.has(d.getName())));
  return out.length ? out : undefined;
}

/** Fields a Nest route method takes one by one (`@Body('transactionResult') result: string`), among `names`. */
export function nestBodyFields(fn: Node, names: ReadonlySet<string>): string[] {
  if (!nestRequestParams(fn)) return [];
  const out: string[] = [];
  for (const p of (fn as import('ts-morph').MethodDeclaration).getParameters()) {
    for (const d of p.getDecorators()) {
      const arg = FIELD_DECORATORS.has(d.getName()) ? d.getArguments()[0] : undefined;
      if (arg && Node.isStringLiteral(arg) && names.has(arg.getLiteralValue())) out.push(arg.getLiteralValue());
    }
  }
  return out;
}

/** Property names (among `names`) of the declared type of a request parameter: an inline type literal, or an
 * interface / class / type alias of the same file named by the annotation. */
export function declaredRequestFields(param: Node, names: ReadonlySet<string>): string[] {
  if (!Node.isParameterDeclaration(param)) return [];
  let type: Node | undefined = param.getTypeNode();
  if (type && Node.isTypeReference(type)) {
    const name = type.getTypeName().getText();
    const sf = param.getSourceFile();
    const decl = sf.getInterface(name) ?? sf.getClass(name) ?? sf.getTypeAlias(name)?.getTypeNode();
    type = decl;
  }
  if (!type) return [];
  const members = Node.isInterfaceDeclaration(type) || Node.isTypeLiteral(type) ? type.getProperties()
    : Node.isClassDeclaration(type) ? type.getProperties() : [];
  return members.map((m) => m.getName()).filter((n) => names.has(n));
}

function textMentionsJumio(node: Node): boolean {
  let found = false;
  const check = (n: Node): void => {
    if (found) return;
    const k = n.getKind();
    if (k === SyntaxKind.Identifier || k === SyntaxKind.PrivateIdentifier) found = mentionsJumio(n.getText());
    else if (Node.isStringLiteral(n) || Node.isNoSubstitutionTemplateLiteral(n)) found = mentionsJumio(n.getLiteralValue());
    else if (Node.isTemplateHead(n) || Node.isTemplateMiddle(n) || Node.isTemplateTail(n)) found = mentionsJumio(n.getLiteralText());
  };
  check(node);
  node.forEachDescendant((d, t) => {
    check(d);
    if (found) t.stop();
  });
  return found;
}

/** Does the handler name Jumio (its registration `site`, a Nest controller around it, or the file path)? */
export function handlerNamesJumio(fn: Node, site: Node, filePath: string): boolean {
  // The file name and its folder only (`pages/api/jumio/callback.ts`), not the folders a run happens to start in.
  if (mentionsJumio(filePath.split('/').slice(-2).join('/'))) return true;
  // A file-system route (`app/api/jumio/callback/route.ts`, `src/routes/jumio/callback/+server.ts`): its folders from
  // the routes root on are the route it serves.
  if (mentionsJumio(fileRoutePath(filePath) ?? '')) return true;
  if (textMentionsJumio(site)) return true;
  // A route object holding the handler (hapi's `server.route({ path: '/jumio/callback', handler })`, Fastify's
  // `app.route({ url, handler })`): the site is the handler property, the route's path is beside it.
  const route = routeObjectOf(fn) ?? routeTableKey(fn);
  if (route && textMentionsJumio(route)) return true;
  // A handler registered elsewhere in the file: `router.route('/netverify/callback').post(parser, handleAuth)`, also as
  // a member (`handlers.authentication`, `exports.authentication`) or through an arrow that calls it.
  if (registeredUnderJumio(fn, textMentionsJumio) || insideJumioPlugin(fn, textMentionsJumio)) return true;
  const cls = Node.isMethodDeclaration(fn) ? fn.getParent() : undefined;
  if (cls && Node.isClassDeclaration(cls)) {
    if (mentionsJumio(cls.getName() ?? '')) return true;
    if (cls.getDecorators().some((d) => textMentionsJumio(d))) return true;
  }
  return false;
}

const CALL_KIND = new Set([SyntaxKind.CallExpression]);
const VALIDATE = new Set(['parse', 'safeParse', 'parseAsync', 'safeParseAsync', 'validate', 'validateAsync', 'validateSync', 'cast']);

/** The `{ … }` of `X.object({ … })` at the root of a schema expression (chained `.strict()`, `.passthrough()` kept). */
function schemaShape(e: Node | undefined): Node | undefined {
  const valibot = valibotObjectShape(e);
  if (valibot) return valibot;
  for (let c = e; c && Node.isCallExpression(c); ) {
    const callee = c.getExpression();
    if (!Node.isPropertyAccessExpression(callee)) return undefined;
    const arg = c.getArguments()[0];
    // zod / Joi / yup `z.object({…})`, TypeBox `Type.Object({…})`.
    if ((callee.getName() === 'object' || callee.getName() === 'Object') && arg && Node.isObjectLiteralExpression(arg)) return arg;
    c = callee.getExpression();
  }
  return undefined;
}

export interface SchemaFacts {
  fields: string[];
  callbackType: boolean;
}

/** Fields (among `names`) and the pinned callback type of every schema `fn` validates a request value with. */
export function requestSchemaFacts(fn: Node, fromRequest: (e: Node) => boolean, names: ReadonlySet<string>): SchemaFacts {
  const out: SchemaFacts = { fields: [], callbackType: false };
  // Only `x.parse(…)`-shaped calls inside the function are wrapped (every handler candidate is asked).
  const [start, end] = [fn.getPos(), fn.getEnd()];
  const calls = descendantsOfKinds(fn.getSourceFile(), CALL_KIND, (n) => n.pos >= start && n.end <= end && ts.isCallExpression(n) &&
    (ts.isPropertyAccessExpression(n.expression) || ts.isIdentifier(n.expression)) &&
    (VALIDATE.has(ts.isIdentifier(n.expression) ? n.expression.text : n.expression.name.text) ||
      VALIBOT_VALIDATE.has(ts.isIdentifier(n.expression) ? n.expression.text : n.expression.name.text)));
  calls.forEach((d) => {
    if (!Node.isCallExpression(d)) return;
    // valibot's `v.parse(Schema, req.body)`: the schema comes first.
    const valibot = valibotValidation(d);
    if (valibot) {
      if (fromRequest(valibot.value)) addShape(schemaOf(valibot.schema), out, names);
      return;
    }
    const callee = d.getExpression();
    const arg = d.getArguments()[0];
    if (!Node.isPropertyAccessExpression(callee) || !VALIDATE.has(callee.getName()) || !arg || !fromRequest(arg)) return;
    addShape(schemaOf(callee.getExpression()), out, names);
  });
  // arktype's `Cb(req.body)` and superstruct's `create(req.body, S)` (schema-libraries.ts); h3 / Nitro's
  // `readValidatedBody(event, S.parse)`, whose validator is handed over, not called here.
  descendantsOfKinds(fn.getSourceFile(), CALL_KIND, (n) => n.pos >= start && n.end <= end && ts.isCallExpression(n) && n.arguments.length > 0 &&
    (ts.isIdentifier(n.expression) || (ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'assert'))).forEach((d) => {
    const [event, validator] = (d as CallExpression).getArguments();
    if ((d as CallExpression).getExpression().getText() === 'readValidatedBody' && validator) {
      if (fromRequest(event!)) addShape(schemaOf(validatedBy(validator)), out, names);
      return;
    }
    const lib = libraryValidation(d);
    if (lib && fromRequest(lib.value)) addShape(lib.shape, out, names);
  });
  // A body schema the route itself applies before the handler runs (Fastify's `{ schema: { body: S } }`).
  addShape(schemaOf(routeBodySchema(fn)), out, names);
  // A Sails actions2 definition's `inputs` (the parameters its `fn` receives).
  addShape(sailsActionInputs(fn), out, names);
  return out;
}

/** The schema of a validator handed over: `S.parse` (any VALIDATE method), `(b) => S.parse(b)`, or a Standard
 * Schema `S` itself (h3 v2). */
function validatedBy(validator: Node): Node | undefined {
  const v = Node.isParenthesizedExpression(validator) ? validator.getExpression() : validator;
  if (Node.isPropertyAccessExpression(v)) return VALIDATE.has(v.getName()) ? v.getExpression() : undefined;
  if (Node.isArrowFunction(v) || Node.isFunctionExpression(v)) {
    const body = v.getBody();
    const ret = Node.isBlock(body) ? body.getStatements().find(Node.isReturnStatement)?.getExpression() : body;
    const call = ret && Node.isAwaitExpression(ret) ? ret.getExpression() : ret;
    const callee = call && Node.isCallExpression(call) ? call.getExpression() : undefined;
    return callee && Node.isPropertyAccessExpression(callee) && VALIDATE.has(callee.getName()) ? callee.getExpression() : undefined;
  }
  return Node.isIdentifier(v) ? v : undefined;
}

/** The shape of a schema written inline or held in a `const` of the file. */
function schemaOf(e: Node | undefined): Node | undefined {
  if (e && Node.isIdentifier(e)) {
    const decl = findDeclaration(e, e.getText());
    return decl && Node.isVariableDeclaration(decl) ? schemaShape(decl.getInitializer()) : undefined;
  }
  return schemaShape(e);
}

function addShape(shape: Node | undefined, out: SchemaFacts, names: ReadonlySet<string>): void {
  if (!shape || !Node.isObjectLiteralExpression(shape)) return;
  for (const p of shape.getProperties()) {
    // (arktype spells an optional key `'x?'`.)
    const k = Node.isPropertyAssignment(p) || Node.isShorthandPropertyAssignment(p) ? propertyKey(p.getNameNode())?.replace(/\?$/, '') : undefined;
    if (k && names.has(k) && !out.fields.includes(k)) out.fields.push(k);
  }
  shape.forEachDescendant((s) => {
    if ((Node.isStringLiteral(s) || Node.isNoSubstitutionTemplateLiteral(s)) && s.getLiteralValue().replace(/^'(.*)'$/, '$1') === LEGACY_CALLBACK_TYPE_AUTHENTICATION) out.callbackType = true;
  });
}

/** `app.post(path, { schema: { body: S } }, fn)` / `app.route({ schema: { body: S }, handler: fn })`: the `S` of the
 * route options registering `fn`. */
function routeBodySchema(fn: Node): Node | undefined {
  const parent = fn.getParent();
  const options = Node.isCallExpression(parent) ? parent.getArguments().filter((a) => a !== fn && Node.isObjectLiteralExpression(a))
    : Node.isPropertyAssignment(parent) && parent.getName() === 'handler' ? [parent.getParent()] : [];
  for (const o of options) {
    const schema = Node.isObjectLiteralExpression(o) ? o.getProperty('schema') : undefined;
    const init = schema && Node.isPropertyAssignment(schema) ? schema.getInitializer() : undefined;
    const body = init && Node.isObjectLiteralExpression(init) ? init.getProperty('body') : undefined;
    if (body && Node.isPropertyAssignment(body)) return body.getInitializer();
  }
  return undefined;
}

/** querystring's `parse` / `decode` (qs's `parse`) taken off the module: `import { parse } from 'node:querystring'`,
 * `const { decode } = require('querystring')`. */
export function querystringParser(callee: Node): boolean {
  if (!Node.isIdentifier(callee)) return false;
  const decl = findDeclaration(callee, callee.getText());
  let name: string | undefined;
  let from: string | undefined;
  if (decl && Node.isImportSpecifier(decl)) {
    name = decl.getName();
    from = decl.getImportDeclaration().getModuleSpecifierValue();
  } else if (decl && Node.isBindingElement(decl)) {
    name = propertyKey(decl.getPropertyNameNode() ?? decl.getNameNode());
    const init = decl.getFirstAncestorByKind(SyntaxKind.VariableDeclaration)?.getInitializer();
    from = init && /^require\((['"])([^'"]+)\1\)$/.exec(init.getText())?.[2];
  }
  return !!name && !!from && /^((node:)?querystring|qs)$/.test(from) && (name === 'parse' || (name === 'decode' && from !== 'qs'));
}
