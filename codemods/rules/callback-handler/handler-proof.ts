// Finds request handlers (Express/Koa/Fastify/Hono routes, Next.js API routes, node:http servers, Lambda
// handlers) that read the legacy Authentication callback, and proves it is Jumio's: the reads must come from the
// request (the handler's first parameter, a Nest @Body() parameter, or a variable parsed from the body) and be several
// legacy callback fields together, Jumio-specific spellings among them (read, or declared by the request's DTO
// type), or the `NETVERIFY_AUTHENTICATION` callback type; in a handler that names Jumio (route, strings,
// identifiers, controller, file: handler-context.ts) an authentication-only field such as transactionResult is enough.
// Functions that are not handlers (a service method given req.body) are proven the same way from any parameter,
// provided callBackType or idScanImageFace (callback-only spellings) is among the fields.
// A payment webhook reading transactionReference/transactionResult/transactionDate is not enough; nor is the
// ID-verification callback (callBackType NETVERIFYID) that shares callBackType and idScanImageFace.
import { Node, SyntaxKind, ts, type SourceFile } from '#ts-morph';
import { descendantsOfKinds, descendantsUnder } from '../../engine/descendants.js';
import { FIELD_GETTERS, FIELD_READ_KINDS, mayReadField } from './field-read-candidates.js';
import { LEGACY, LEGACY_AUTH_CALLBACK_FIELD_NAMES, LEGACY_CALLBACK_TYPE_AUTHENTICATION } from '../../../api/index.js';
import { findDeclaration } from '../../analysis/resolve-binding.js';
import { isFunctionNode } from '../../analysis/scope.js';
import { propertyKey } from '../../analysis/object-literals.js';
import { isDefaultExported } from '../../analysis/exports.js';
import { isAstroRequest } from './astro-request.js';
import { isKoaThis, isThisRequest, koaGenerator, readsThisRequest, ROUTE_METHODS, thisBinding, THIS_REQUEST } from './this-request.js';
import { servesLegacyInitiate } from './initiate-route.js';
import { libraryValidation } from './schema-libraries.js';
import { declaredRequestFields, handlerNamesJumio, isMatchedData, nestBodyFields, nestRequestParams, querystringParser, requestSchemaFacts, sailsActionInputs, tsRestRoute, valibotValidation } from './handler-context.js';

const NAMES = new Set(LEGACY_AUTH_CALLBACK_FIELD_NAMES);
/** Spellings only Jumio's callbacks use. */
export const STRONG_NAMES: readonly string[] = [LEGACY.callBackType, LEGACY.enrollmentTransactionReference, LEGACY.idScanImageFace, LEGACY.livenessImages, LEGACY.scanSource];
/** Fields only the authentication callback has (the ID-verification callback has none of them). */
export const AUTH_ONLY_NAMES: readonly string[] = [LEGACY.enrollmentTransactionReference, LEGACY.transactionResult, LEGACY.livenessImages];

const REQUEST_PARAM = /^(req|request|ctx|context|event|evt|c)$/;

export interface ProvenHandler {
  fn: Node;
  /** Where the marker goes (the route registration, or the handler itself). */
  site: Node;
  /** Legacy callback field names read from the request, in first-read order. */
  fields: string[];
  callbackTypeLiteral: boolean;
}

type Fn = Node;
const FN_KINDS = new Set([SyntaxKind.ArrowFunction, SyntaxKind.FunctionExpression, SyntaxKind.FunctionDeclaration, SyntaxKind.MethodDeclaration]);

function params(fn: Fn): Node[] {
  return (fn as unknown as { getParameters?(): Node[] }).getParameters?.() ?? []; // (an Astro frontmatter: none)
}

/** Functions that are not request handlers but may process the callback payload (a service method given
 * req.body): every parameter may hold it; the proof then needs a callback-only spelling (CALLBACK_ONLY_NAMES). */
const processors = new WeakSet<Node>();
const CALLBACK_ONLY_NAMES: readonly string[] = [LEGACY.callBackType, LEGACY.idScanImageFace];

/** The parameters that hold the request: a Nest method's @Body()/@Req() ones, else the first (a processor: all). */
function requestParams(fn: Fn): Node[] {
  if (processors.has(fn)) return params(fn);
  return nestRequestParams(fn) ?? params(fn).slice(0, 1);
}

/** The request parameter a destructured name comes from (`({ body }, res) => …`), if any. */
function requestParamOf(binding: Node, fn: Fn): Node | undefined {
  const owner = binding.getFirstAncestor((a) => Node.isParameterDeclaration(a));
  return owner && requestParams(fn).includes(owner) ? owner : undefined;
}

/** A route module's handler taking the request from its destructured context: Astro `POST: APIRoute = async ({ request })`,
 * SvelteKit and Remix `({ request, params })`, Qwik City `onPost: RequestHandler = async ({ parseBody })`. */
function destructuresRequest(first: Node | undefined): boolean {
  const name = first && Node.isParameterDeclaration(first) ? first.getNameNode() : undefined;
  return !!name && Node.isObjectBindingPattern(name) && name.getElements().some((el) => !el.getPropertyNameNode() && /^(request|req|parseBody)$/.test(el.getName()));
}

/** Is `fn` shaped like a request handler? */
export function handlerLike(fn: Fn): boolean {
  if (koaGenerator(fn)) return true;
  const first = params(fn)[0];
  const firstName = first && Node.isParameterDeclaration(first) ? first.getNameNode().getText() : '';
  if (destructuresRequest(first) || readsThisRequest(fn) || sailsActionInputs(fn) || tsRestRoute(fn)) return true;
  const parent = fn.getParent();
  if (parent && Node.isCallExpression(parent) && parent.getArguments().includes(fn as never)) {
    const callee = parent.getExpression();
    const name = Node.isPropertyAccessExpression(callee) ? callee.getName() : callee.getText();
    if (ROUTE_METHODS.has(name) && params(fn).length >= 1) return true;
  }
  if (REQUEST_PARAM.test(firstName)) return true;
  if (nestRequestParams(fn)) return true;
  // Next.js / route modules: `export default function handler(req, res)`, `export async function POST(request)`.
  if (Node.isFunctionDeclaration(fn) && (isDefaultExported(fn) || /^(POST|PUT|handler)$/.test(fn.getName() ?? ''))) return params(fn).length >= 1;
  return false;
}

const BODY_READERS = /^(readBody|readFormData|readRawBody|readValidatedBody|useBody|getRawBody|rawBody|parse|safeParse|json|text|form|urlencoded)$/;
const PARSERS = /^((node:)?querystring|qs|querystringify)\.(parse|decode)$|^(window\.|globalThis\.)?JSON\.parse$|^Object\.fromEntries$/;

function strip(n: Node): Node {
  let c = n;
  while (Node.isParenthesizedExpression(c) || Node.isAsExpression(c) || Node.isAwaitExpression(c) || Node.isNonNullExpression(c) ||
         Node.isSatisfiesExpression(c) || Node.isTypeAssertion(c) || (Node.isYieldExpression(c) && !!c.getExpression())) c = c.getExpression()!;
  return c;
}

/** Does the value of `expr` come from the request of handler `fn`: the request parameter, a member or method
 * result of a request-derived value (`req.body.x`, `await req.formData()`, `form.get('x')`), or a body parser
 * (`querystring.parse`, `new URLSearchParams`, `JSON.parse` of a derived value)? Other calls (fetch…) break it. */
export function fromRequest(expr: Node, fn: Fn, depth = 0): boolean {
  if (depth > 8) return false;
  const e = strip(expr);
  if (isKoaThis(e, fn) || isThisRequest(e, fn) || isAstroRequest(e)) return true;
  if (Node.isIdentifier(e)) {
    const decl = findDeclaration(e, e.getText());
    if (!decl) return false;
    if (requestParams(fn).includes(decl)) return true;
    if (Node.isVariableDeclaration(decl)) {
      const init = decl.getInitializer();
      // `for (const record of event.Records)`: an element of a request-derived list (SQS / SNS records).
      const loop = decl.getParent()?.getParent();
      if (!init && loop && Node.isForOfStatement(loop)) return fromRequest(loop.getExpression(), fn, depth + 1);
      return !!init && fromRequest(init, fn, depth + 1);
    }
    if (Node.isBindingElement(decl)) {
      if (requestParamOf(decl, fn)) return true;
      const owner = decl.getFirstAncestor((a) => Node.isVariableDeclaration(a));
      const init = owner && Node.isVariableDeclaration(owner) ? owner.getInitializer() : undefined;
      if (init && Node.isThisExpression(init)) return thisBinding(init, fn) && THIS_REQUEST.test(propertyKey(decl.getPropertyNameNode() ?? decl.getNameNode()) ?? '');
      return !!init && fromRequest(init, fn, depth + 1);
    }
    return false;
  }
  if (Node.isPropertyAccessExpression(e) || Node.isElementAccessExpression(e)) return fromRequest(e.getExpression(), fn, depth + 1);
  if (Node.isNewExpression(e)) return /^URLSearchParams$/.test(e.getExpression().getText());
  if (Node.isCallExpression(e)) {
    const callee = strip(e.getExpression());
    const text = callee.getText();
    // arktype's `Cb(req.body)`, superstruct's `create(req.body, S)`; Qwik City's `parseBody()` taken off the event.
    const lib = libraryValidation(e);
    if (lib || text === 'parseBody') return fromRequest(lib?.value ?? callee, fn, depth + 1);
    // A copy of the form: `JSON.parse(JSON.stringify(req.body))`, `structuredClone(req.body)` (hold-out round 56).
    if (/^(JSON\.stringify|structuredClone)$/.test(text)) return !!e.getArguments()[0] && fromRequest(e.getArguments()[0]!, fn, depth + 1);
    if (PARSERS.test(text) || querystringParser(callee)) {
      if (/JSON\.parse$/.test(text)) return !!e.getArguments()[0] && fromRequest(e.getArguments()[0]!, fn, depth + 1);
      return true;
    }
    // co-body's readers given the request: `yield parse.form(this)`, `await coBody.json(ctx)`; valibot's `v.parse(S, req.body)`.
    const arg0 = valibotValidation(e)?.value ?? e.getArguments()[0];
    if (Node.isPropertyAccessExpression(callee) && BODY_READERS.test(callee.getName()) && arg0 && fromRequest(arg0, fn, depth + 1)) return true;
    if (Node.isPropertyAccessExpression(callee)) return fromRequest(callee.getExpression(), fn, depth + 1);
    // A framework's body reader given the request: h3 `readBody(event)`, co-body `parse(ctx)`, micro `json(req)`, express-validator `matchedData(req)`.
    if (BODY_READERS.test(text) || isMatchedData(callee)) return !!arg0 && fromRequest(arg0, fn, depth + 1);
    // A body-parsing helper of this file given the request itself (`await readFields(req)` collecting busboy fields).
    return Node.isIdentifier(callee) && isLocalFunction(callee) && e.getArguments().some((a) => isRequestParam(a, fn));
  }
  if (Node.isBinaryExpression(e) && ['??', '||'].includes(e.getOperatorToken().getText())) return fromRequest(e.getLeft(), fn, depth + 1);
  return false;
}

function isLocalFunction(id: Node): boolean {
  const d = findDeclaration(id, id.getText());
  const init = d && Node.isVariableDeclaration(d) ? d.getInitializer() : undefined;
  return !!d && (Node.isFunctionDeclaration(d) || (!!init && (Node.isArrowFunction(init) || Node.isFunctionExpression(init))));
}

function isRequestParam(arg: Node, fn: Fn): boolean {
  const a = strip(arg);
  if (!Node.isIdentifier(a)) return false;
  const d = findDeclaration(a, a.getText());
  return !!d && requestParams(fn).includes(d);
}

/** Legacy callback fields (`names`: the authentication callback's unless told) `fn` reads from its request (nested
 * callbacks included), and whether it spells the callback type `typeLiteral`. */
export function fieldsRead(fn: Fn, names: ReadonlySet<string> = NAMES, typeLiteral: string = LEGACY_CALLBACK_TYPE_AUTHENTICATION): { fields: string[]; literal: boolean } {
  const fields: string[] = [];
  let literal = false;
  const add = (name: string | undefined): void => {
    if (name && names.has(name) && !fields.includes(name)) fields.push(name);
  };
  for (const f of nestBodyFields(fn, names)) add(f);
  // Asked for every function of the file: one that never spells a field name or the callback type (nor an escape
  // that could) reads none, and the walk below (which wraps every node) is skipped.
  const text = fn.getText();
  if (!text.includes('\\') && ![...names, typeLiteral].some((n) => text.includes(n))) return { fields, literal };
  // Only the raw nodes that could pass a test below are wrapped (field-read-candidates.ts).
  const escapes = text.includes('\\');
  const keep = (n: ts.Node): boolean => escapes || mayReadField(n, names, typeLiteral);
  for (const d of descendantsUnder(fn, FIELD_READ_KINDS, { jsDoc: false, keep })) {
    if ((Node.isStringLiteral(d) || Node.isNoSubstitutionTemplateLiteral(d)) && d.getLiteralValue() === typeLiteral) literal = true;
    if (Node.isPropertyAccessExpression(d) && names.has(d.getName()) && fromRequest(d.getExpression(), fn)) add(d.getName());
    if (Node.isElementAccessExpression(d)) {
      const a = d.getArgumentExpression();
      if (a && Node.isStringLiteral(a) && names.has(a.getLiteralValue()) && fromRequest(d.getExpression(), fn)) add(a.getLiteralValue());
    }
    if (Node.isCallExpression(d)) {
      const callee = d.getExpression();
      const a = d.getArguments()[0];
      if (Node.isPropertyAccessExpression(callee) && FIELD_GETTERS.includes(callee.getName()) && a && Node.isStringLiteral(a) &&
          names.has(a.getLiteralValue()) && fromRequest(callee.getExpression(), fn)) add(a.getLiteralValue());
    }
    if (Node.isBindingElement(d)) {
      const key = propertyKey(d.getPropertyNameNode() ?? d.getNameNode());
      const owner = d.getFirstAncestor((x) => Node.isVariableDeclaration(x) || Node.isParameterDeclaration(x));
      if (!key || !names.has(key) || !owner) continue;
      if (requestParamOf(d, fn)) add(key);
      else if (Node.isVariableDeclaration(owner)) {
        const init = owner.getInitializer();
        if (init && fromRequest(init, fn)) add(key);
      }
    }
  }
  return { fields, literal };
}

/** Several legacy fields with a Jumio-only spelling among them; or, in a handler that names Jumio (its route,
 * strings, identifiers, controller or file), several fields one of which only the authentication callback has. */
export function proven(fields: string[], literal: boolean, namesJumio: () => boolean): boolean {
  if (literal) return true;
  const strong = fields.filter((f) => STRONG_NAMES.includes(f)).length;
  // transactionReference with callBackType is the authentication callback too: the ID-verification callback that
  // shares callBackType names its reference jumioIdScanReference (a handler that forwards the form reads just these).
  const authPair = fields.includes(LEGACY.transactionReference) && fields.includes(LEGACY.callBackType);
  const authOnly = fields.filter((f) => AUTH_ONLY_NAMES.includes(f)).length + (authPair ? 1 : 0);
  if (fields.length < 2 || authOnly < 1) return false;
  return strong >= 1 || namesJumio();
}

/** The statement that registers the handler (`app.post(...)`), or the handler's own statement. */
export function siteOf(fn: Fn): Node {
  let n: Node = fn;
  for (let p = fn.getParent(); p; p = p.getParent()) {
    if (Node.isBlock(p) || Node.isSourceFile(p) || Node.isCaseClause(p) || Node.isClassDeclaration(p) || Node.isObjectLiteralExpression(p)) return n;
    n = p;
  }
  return fn;
}

export function provenHandlers(sf: SourceFile, filePath = '', elsewhere?: (fn: Node) => boolean): ProvenHandler[] {
  const out: ProvenHandler[] = [];
  const fns = descendantsOfKinds(sf, FN_KINDS).filter(isFunctionNode);
  for (const fn of fns) {
    // A function that is no handler may process the form: given it (a parameter), or pulling it itself, with no
    // parameter to hold it (a queue consumer's `new URLSearchParams(sc.decode(msg.data))`: hold-out round 15).
    if (!handlerLike(fn)) processors.add(fn);
    // The outermost proven handler only (a route whose inner callback also looks like one).
    if (out.some((h) => fn.getAncestors().includes(h.fn as never))) continue;
    if (servesLegacyInitiate(fn)) continue; // the app's own fake or proxy of the legacy initiate
    const { fields, literal } = fieldsRead(fn);
    // Fields a request parameter's DTO type or a schema validating the request lists count for the proof, not as reads.
    const schema = requestSchemaFacts(fn, (e) => fromRequest(e, fn), NAMES);
    const declared = [...requestParams(fn).flatMap((p) => declaredRequestFields(p, NAMES)), ...schema.fields].filter((f) => !fields.includes(f));
    const site = siteOf(fn);
    const all = [...fields, ...new Set(declared)];
    // A processor must read (or declare) a callback-only spelling; comparing some value to the callback type is not
    // enough — its parameter's own callBackType compared with it is (a model's `static fromForm(form)`: round 49).
    const processor = processors.has(fn);
    if (processor && !all.some((f) => CALLBACK_ONLY_NAMES.includes(f))) continue;
    const typed = (literal && (!processor || fields.includes(LEGACY.callBackType))) || (schema.callbackType && !processor);
    if (!proven(all, typed, () => handlerNamesJumio(fn, site, filePath) || !!elsewhere?.(fn))) continue;
    // A plugin or module function (even a default-exported one) that reads nothing itself but holds a handler that
    // does (Fastify's `fastify.post(path, { schema }, onResult)` inside `async function plugin(fastify)`): the handler
    // is judged, with its reads (round-26 hold-out: the item went to the plugin and listed no field).
    if (fields.length === 0 && fns.some((inner) => inner !== fn && fn.containsRange(inner.getPos(), inner.getEnd()) && handlerLike(inner) && fieldsRead(inner).fields.length > 0)) continue;
    out.push({ fn, site, fields, callbackTypeLiteral: literal });
  }
  return out;
}
