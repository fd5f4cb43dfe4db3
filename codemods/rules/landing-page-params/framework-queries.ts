// Query APIs of more frameworks (round-10 hold-out: nine return pages reading both names passed silently).
// Objects read by member or destructuring (frameworkQuerySource, consulted by query-reads.ts's querySource):
// AdonisJS `request.qs()`, Hono's `c.req.query()` (no name: the whole query), Vike `pageContext.urlParsed.search`, RedwoodJS `useParams()` (from @redwoodjs/router: the
// search parameters with the route's), URI.js `URI(href).search(true)` / `.query(true)`, jQuery BBQ's `$.deparam.querystring()`, and a same-file schema's
// `S.parse(query)` / `S.safeParse(query).data` of such a query (Express + zod): the schema names the URL's keys and
// would reject the KYX redirect, so its keys are renamed with the reads (schemaQueryEdits), as for getValidatedQuery.
// Calls that take the name (frameworkParamReads; the string is the read): Express 4 / Sails `req.param('name')` (not
// Hono's `c.req.param`, a path parameter),
// AdonisJS `request.input('name')`, Meteor `FlowRouter.getQueryParam('name')`, jQuery purl `$.url().param('name')`,
// and `.get('name')` on a request's `query` (Azure Functions' HttpRequest.query is a URLSearchParams). A local helper's
// parameter that every call of the file hands such a query (`render(res, req.query)`) is that query (round-10 hold-out).
// Qwik City's RequestEvent `query` (`routeLoader$(({ query }) => query.get('name'))`, `ev.query`) is a URLSearchParams (round 11).
import { Node, SyntaxKind, ts, type SourceFile } from '#ts-morph';
import type { Edit } from '../../engine/types.js';
import { memberName, resolveIdentifier, stringValue, unwrap } from '../../analysis-frontend/syntax.js';
import { descendantsOfKinds } from '../../engine/descendants.js';
import { keyOf } from './query-keys.js';
import { astroQuerySource } from './astro-query.js';
import { componentPropQuery } from './component-props.js';
import { isVueUseUrlSearchParams } from './vue-template.js';
import { routeHookSearch, schemaKeyEdits, schemaObject } from './tanstack-search.js';
import type { ParamRead, SourceKind } from './query-reads.js';

type Source = { kind: SourceKind; key: string };
export const SCHEMA_QUERY = 'schema-query@';

/** The framework query object `e` is, or undefined; `inner` is querySource (for what a schema parses). */
export function frameworkQuerySource(e: Node, inner: (n: Node) => Source | undefined): Source | undefined {
  // A parameter of a local helper that every call of the file hands a query object (`render(res, req.query)`).
  const param = Node.isIdentifier(e) && enclosingParameterNamed(e) ? resolveIdentifier(e) : undefined;
  if (param && Node.isParameterDeclaration(param) && Node.isIdentifier(param.getNameNode()) && queryParameter(param, inner)) return { kind: 'object', key: `param-query@${param.getStart()}` };
  if (param && Node.isParameterDeclaration(param) && aureliaActivateParams(param)) return { kind: 'object', key: `aurelia-activate@${param.getStart()}` };
  const astro = astroQuerySource(e); // Astro.url.searchParams in any spelling (astro-query.ts)
  if (astro) return astro;
  const hook = routeHookSearch(e) ?? componentPropQuery(e, inner); // TanStack's beforeLoad({ search }); a child's prop
  if (hook) return hook;
  const qwik = qwikRequestQuery(e);
  if (qwik) return qwik;
  if (Node.isCallExpression(e)) {
    const c = e.getExpression();
    const name = memberName(c);
    // AdonisJS: `request.qs()` (the request of the HttpContext, destructured or `ctx.request`).
    if (name === 'qs' && e.getArguments().length === 0 && isRequest(memberObjectOf(c))) return { kind: 'object', key: `${keyOf(memberObjectOf(c)!)}.qs()` };
    // Hono: `c.req.query()` without a name returns the whole query as an object.
    if (name === 'query' && e.getArguments().length === 0 && memberName(memberObjectOf(c) ?? c) === 'req') return { kind: 'object', key: `${keyOf(memberObjectOf(c)!)}.query()` };
    // URI.js: `URI(location.href).search(true)` gives the query as an object.
    if ((name === 'search' || name === 'query') && e.getArguments().length === 1 && e.getArguments()[0]!.getKind() === SyntaxKind.TrueKeyword
      && uriCall(memberObjectOf(c))) return { kind: 'object', key: `uri@${e.getStart()}` };
    if (Node.isIdentifier(c) && c.getText() === 'useParams' && importedFrom(c, /^@redwoodjs\/router$/)) return { kind: 'object', key: `redwood@${e.getStart()}` };
    // VueUse: `const params = useUrlSearchParams('history')` is the page query as a reactive object, in the script and
    // the template (vue-template.ts: the group's key names the variable; round-14 hold-out).
    if (isVueUseUrlSearchParams(c)) {
      const d = e.getParent();
      return { kind: 'object', key: d && Node.isVariableDeclaration(d) && Node.isIdentifier(d.getNameNode()) ? `${d.getName()}=useUrlSearchParams()` : `vueuse-url@${e.getStart()}` };
    }
    // jQuery BBQ: `$.deparam.querystring()`, `$.deparam(location.search.slice(1))` give the query as an object.
    const callee = c.getText();
    if (/^(\$|jQuery)\.deparam\.querystring$/.test(callee) || (/^(\$|jQuery)\.deparam$/.test(callee) && /\blocation\.search\b/.test(e.getArguments()[0]?.getText() ?? ''))) return { kind: 'object', key: `deparam@${e.getStart()}` };
    const parsed = schemaParse(e, inner, /^(parse|parseAsync)$/);
    if (parsed) return parsed;
    return undefined;
  }
  if (Node.isPropertyAccessExpression(e)) {
    const obj = unwrap(e.getExpression());
    // Vike: `pageContext.urlParsed.search`, also `const { urlParsed } = usePageContext()`.
    if (e.getName() === 'search' && (memberName(obj) === 'urlParsed' || (Node.isIdentifier(obj) && obj.getText() === 'urlParsed'))) return { kind: 'object', key: `${keyOf(obj)}.search` };
    // `const parsed = Schema.safeParse(req.query)` read as `parsed.data`.
    if (e.getName() === 'data') {
      const decl = Node.isIdentifier(obj) ? resolveIdentifier(obj) : undefined;
      const init = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : Node.isCallExpression(obj) ? obj : undefined;
      const call = init && unwrap(Node.isAwaitExpression(unwrap(init)) ? (unwrap(init) as import('#ts-morph').AwaitExpression).getExpression() : init);
      if (call && Node.isCallExpression(call)) return schemaParse(call, inner, /^(safeParse|safeParseAsync)$/);
    }
  }
  return undefined;
}

/** `S.parse(q)` / `S.safeParse(q)` with S a same-file `x.object({…})` and q a query object. */
function schemaParse(call: import('#ts-morph').CallExpression, inner: (n: Node) => Source | undefined, method: RegExp): Source | undefined {
  const c = call.getExpression();
  const arg = call.getArguments()[0];
  if (!Node.isPropertyAccessExpression(c) || !method.test(c.getName()) || call.getArguments().length !== 1 || !arg) return undefined;
  // Any query the page reads (Next's App Router `searchParams` prop, `await searchParams`, is keyed as a search but is a
  // plain object: round-15 hold-out, where `Schema.safeParse(await searchParams)` passed silently).
  if (!schemaObject(c.getExpression()) || !inner(arg)) return undefined;
  return { kind: 'object', key: `${SCHEMA_QUERY}${call.getStart()}` };
}

/** The schema's key renames for a group read from `S.parse(query)` / `S.safeParse(query).data`. */
export function schemaQueryEdits(sf: SourceFile, key: string, off: number, why: string): Edit[] {
  const pos = Number(key.slice(SCHEMA_QUERY.length));
  const call = sf.getDescendantsOfKind(SyntaxKind.CallExpression).find((c) => c.getStart() === pos);
  const callee = call?.getExpression();
  const obj = callee && Node.isPropertyAccessExpression(callee) ? schemaObject(callee.getExpression()) : undefined;
  return obj ? schemaKeyEdits(obj, off, `the schema the query is parsed with (${why})`) : [];
}

const CALLS = new Set([SyntaxKind.CallExpression]);
const PARAMETERS = new Set([SyntaxKind.Parameter]);

/** Could `id` name a parameter? Only one of a function around it (the tree walk before a scope lookup). */
function enclosingParameterNamed(id: Node): boolean {
  const name = id.getText();
  for (let n: ts.Node | undefined = id.compilerNode.parent; n; n = n.parent) {
    if (ts.isFunctionLike(n) && n.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === name)) return true;
  }
  return false;
}

/** A call whose first argument is a string literal naming one of `names`, on a member (`req.param('x')`). */
function namedMemberCall(names: ReadonlySet<string>): (n: ts.Node) => boolean {
  return (n) => {
    const call = n as ts.CallExpression;
    const arg = call.arguments[0];
    return !!arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) && names.has(arg.text) && ts.isPropertyAccessExpression(call.expression);
  };
}

/** Reads through calls that take the parameter's name, and the names a helper destructures in a parameter that
 * every call hands a query object (`function render(res, { transactionStatus }) {…}`, `render(res, req.query)`). */
export function frameworkParamReads(sf: SourceFile, names: ReadonlySet<string>, querySource: (n: Node) => Source | undefined): ParamRead[] {
  const out: ParamRead[] = [];
  // Only destructuring parameters that name one of `names` (a cheap test) are asked whether every call hands a query.
  const destructuring = (n: ts.Node): boolean => {
    const pattern = (n as ts.ParameterDeclaration).name;
    return ts.isObjectBindingPattern(pattern) && pattern.elements.some((el) => {
      const key = el.propertyName ?? el.name;
      const text = ts.isIdentifier(key) || ts.isStringLiteralLike(key) ? key.text
        : ts.isComputedPropertyName(key) && ts.isStringLiteralLike(key.expression) ? key.expression.text : undefined;
      return text !== undefined && names.has(text);
    });
  };
  for (const p of descendantsOfKinds(sf, PARAMETERS, destructuring)) {
    if (!Node.isParameterDeclaration(p)) continue;
    const pattern = p.getNameNode();
    if (!Node.isObjectBindingPattern(pattern) || !queryParameter(p, querySource)) continue;
    for (const el of pattern.getElements()) {
      const prop = el.getPropertyNameNode();
      const name = prop ? stringValue(prop) ?? prop.getText() : el.getName();
      if (names.has(name) && !el.getDotDotDotToken()) out.push({ name, nameNode: prop ?? el.getNameNode(), kind: 'binding', binding: el, group: `param-query@${p.getStart()}`, value: el, sourceExpr: p });
    }
  }
  for (const call of descendantsOfKinds(sf, CALLS, namedMemberCall(names))) {
    if (!Node.isCallExpression(call)) continue;
    const arg = call.getArguments()[0];
    const name = stringValue(arg);
    const callee = call.getExpression();
    if (!arg || !name || !names.has(name) || !(Node.isStringLiteral(arg) || Node.isNoSubstitutionTemplateLiteral(arg)) || !Node.isPropertyAccessExpression(callee)) continue;
    const method = callee.getName();
    const recv = unwrap(callee.getExpression());
    let group: string | undefined;
    if (((method === 'param' && Node.isIdentifier(recv)) || method === 'input') && isRequest(recv)) group = `${keyOf(recv)}.${method}`;
    else if (method === 'getQueryParam' && recv.getText() === 'FlowRouter') group = 'FlowRouter.getQueryParam';
    else if (method === 'param' && purlUrl(recv)) group = `purl:${keyOf(recv)}`;
    else if (/^(get|has|getAll)$/.test(method) && memberName(recv) === 'query') {
      const src = querySource(recv);
      if (src?.kind === 'object') group = src.key;
    }
    if (group) out.push({ name, nameNode: arg, kind: 'literal', group, value: call, sourceExpr: recv });
  }
  return out;
}

/** Does every call of the parameter's function in its file (one at least) pass a query object in its place? */
function queryParameter(param: import('#ts-morph').ParameterDeclaration, inner: (n: Node) => Source | undefined): boolean {
  const fn = param.getParent();
  const holder = Node.isFunctionDeclaration(fn) ? fn : fn && (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) ? fn.getParent() : undefined;
  const decl = holder && (Node.isFunctionDeclaration(holder) || (Node.isVariableDeclaration(holder) && Node.isIdentifier(holder.getNameNode()))) ? holder : undefined;
  const name = decl?.getName();
  if (!decl || !name || !Node.isFunctionLikeDeclaration(fn)) return false;
  const index = fn.getParameters().indexOf(param);
  const named = (n: ts.Node): boolean => { const c = (n as ts.CallExpression).expression; return ts.isIdentifier(c) && c.text === name; };
  const calls = descendantsOfKinds(decl.getSourceFile(), CALLS, named).filter((c): c is import('#ts-morph').CallExpression =>
    Node.isCallExpression(c) && resolveIdentifier(c.getExpression()) === decl);
  return calls.length > 0 && calls.every((c) => { const a = c.getArguments()[index]; return !!a && inner(a)?.kind === 'object'; });
}

const memberObjectOf = (c: Node): Node | undefined => (Node.isPropertyAccessExpression(c) ? unwrap(c.getExpression()) : undefined);

/** A request object: an identifier `req` / `request`, or a member of that name (`ctx.request`). */
function isRequest(n: Node | undefined): boolean {
  return !!n && (Node.isIdentifier(n) || Node.isPropertyAccessExpression(n)) && /^(req|request)$/.test(Node.isIdentifier(n) ? n.getText() : n.getName());
}

/** `URI(…)` / `new URI(…)` (URI.js), directly or through a const. */
function uriCall(n: Node | undefined, depth = 0): boolean {
  if (!n || depth > 3) return false;
  const u = unwrap(n);
  if ((Node.isCallExpression(u) || Node.isNewExpression(u)) && u.getExpression().getText() === 'URI') return true;
  const d = Node.isIdentifier(u) ? resolveIdentifier(u) : undefined;
  const init = d && Node.isVariableDeclaration(d) ? d.getInitializer() : undefined;
  return !!init && uriCall(init, depth + 1);
}

/** purl's URL object: `$.url(…)`, `jQuery.url(…)`, `purl(…)`, directly or through a const. */
function purlUrl(n: Node, depth = 0): boolean {
  if (depth > 3) return false;
  const u = unwrap(n);
  if (Node.isCallExpression(u)) return /^(\$|jQuery)\.url$|^purl$/.test(u.getExpression().getText());
  const d = Node.isIdentifier(u) ? resolveIdentifier(u) : undefined;
  const init = d && Node.isVariableDeclaration(d) ? d.getInitializer() : undefined;
  return !!init && purlUrl(init, depth + 1);
}

function importedFrom(id: Node, module: RegExp): boolean {
  const spec = resolveIdentifier(id);
  return !!spec && Node.isImportSpecifier(spec) && module.test(spec.getImportDeclaration().getModuleSpecifierValue());
}

const QWIK_CITY = /['"](@builder\.io\/qwik-city|@qwik\.dev\/router)['"]/;
const qwikFiles = new WeakMap<SourceFile, boolean>();

/** Qwik City: the `query` of a request event parameter — `({ query }) => …` of a loader, action or onGet handler, or
 * `ev.query` — is the URL's URLSearchParams (read with get), in a file importing Qwik City. */
function qwikRequestQuery(e: Node): Source | undefined {
  const member = Node.isPropertyAccessExpression(e) && e.getName() === 'query' ? unwrap(e.getExpression()) : undefined;
  if (!member && !Node.isIdentifier(e)) return undefined;
  const sf = e.getSourceFile();
  let qwik = qwikFiles.get(sf);
  if (qwik === undefined) qwikFiles.set(sf, (qwik = QWIK_CITY.test(sf.getFullText())));
  if (!qwik) return undefined;
  const decl = member ? (Node.isIdentifier(member) ? resolveIdentifier(member) : undefined) : resolveIdentifier(e);
  if (!decl || !Node.isParameterDeclaration(decl)) return undefined;
  if (member) return Node.isIdentifier(decl.getNameNode()) ? { kind: 'search', key: `qwik@${decl.getStart()}.query` } : undefined;
  const pattern = decl.getNameNode();
  const el = Node.isObjectBindingPattern(pattern) ? pattern.getElements().find((b) => b.getName() === e.getText()) : undefined;
  return el && (el.getPropertyNameNode()?.getText() ?? el.getName()) === 'query' ? { kind: 'search', key: `qwik@${decl.getStart()}.query` } : undefined;
}

/** Aurelia 1's route view-model: `activate(params, routeConfig, navigationInstruction)` gets the route's parameters with
 * the query string's merged in (round-14 hold-out: the return page passed silently). Only in a file importing from an
 * Aurelia package (a plain class's `activate` may be anything). */
function aureliaActivateParams(param: import('#ts-morph').ParameterDeclaration): boolean {
  const m = param.getParent();
  return Node.isMethodDeclaration(m) && m.getName() === 'activate' && m.getParameters()[0] === param && Node.isIdentifier(param.getNameNode())
    && param.getSourceFile().getImportDeclarations().some((d) => /^aurelia-(framework|router)$/.test(d.getModuleSpecifierValue()));
}
