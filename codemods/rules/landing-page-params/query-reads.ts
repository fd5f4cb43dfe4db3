// Reads of URL query parameters, grouped by the query object they come from: URLSearchParams (also
// `new URL(…).searchParams`, Next `useSearchParams()`, React Router `[params] = useSearchParams()`, Angular
// `queryParamMap`, also through an rxjs `pipe` into its first transforming operator) read with get/has/getAll, Hono's
// `c.req.query('name')`, and query objects (Next `router.query`, Vue `$route.query`, Express/Koa `req.query`,
// `url.parse(…, true).query`, AWS Lambda `event.queryStringParameters`, Angular `queryParams`, h3 `getQuery(event)` / `getValidatedQuery(…)`, `Object.fromEntries(params)`, `qs.parse(…)`,
// the page's own parser of `location.search`, framework-queries.ts's) read with `.name`, `['name']`, destructuring or `'name' in q`.
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import { mayRead, READ_KINDS } from './read-kinds.js';
import { isFunctionLike, memberName, memberObject, resolveIdentifier, stringValue, unwrap } from '../../analysis-frontend/syntax.js';
import { descendantsOfKinds } from '../../engine/descendants.js';
import { isTanstackSearch, TANSTACK_SEARCH } from './tanstack-search.js';
import { fromSolidRouter, solidRouteGroups } from './solid-route-query.js';
import { forEachKey, keyComparison } from './foreach-reads.js';
import { keyOf, mappedNames } from './query-keys.js';
import { isValidatedQuery, VALIDATED_QUERY } from './validated-query.js';
import { frameworkQuerySource } from './framework-queries.js';
import { navigoParams } from './navigo-query.js';
import { getsNamedParam, splitsPageQuery, toSignalSource, wrappedQuery } from './query-wrappers.js';
import { nestedSearchParamsReads, sharedSearchParamsGroups } from './nested-param-reads.js';
import { routeModuleGroups } from './route-module-query.js';
import { storeSource } from './nanostores-query.js';
import { piniaSource } from './pinia-query.js';

export type SourceKind = 'search' | 'object';

export interface ParamRead {
  name: string;
  /** The node spelling the name: identifier (`q.name`), string literal (`get('name')`, `q['name']`, `'name' in q`),
   * or the binding element's property name / name. */
  nameNode: Node;
  kind: 'member' | 'literal' | 'binding';
  binding?: Node; // for 'binding': the binding element
  group: string; // the group key: reads with the same key come from the same query object
  /** The expression or binding whose value is the parameter. */
  value: Node;
  /** The source expression as written (may carry `as { … }`). */
  sourceExpr: Node;
  /** `params.delete('name')`: renamed with the page's reads, never a read that makes the page a landing page. */
  removal?: true;
}

const QS_MODULES = /^(qs|querystring|queryString|query_string)$/;

/** Is `expr` a query container? Returns its kind and group key. */
export function querySource(expr: Node, depth = 0): { kind: SourceKind; key: string } | undefined {
  if (depth > 6) return undefined;
  const e = unwrap(expr);
  const framework = frameworkQuerySource(e, (n) => querySource(n, depth + 1)); // AdonisJS, Vike, Redwood, URI.js, zod parse
  if (framework) return framework;
  const navigo = navigoParams(e); // Navigo 8's match.params (navigo-query.ts)
  if (navigo) return navigo;
  const wrapped = wrappedQuery(e); // useMemo(() => …), a Svelte store derived from the page (query-wrappers.ts)
  if (wrapped) return querySource(wrapped, depth + 1);
  const store = storeSource(e, (n) => querySource(n, depth + 1)) ?? piniaSource(e, (n) => querySource(n, depth + 1)); // a nanostores / Pinia store of the query
  if (store) return store;
  // Each `new URLSearchParams(location.search)` of one function (or of the module) reads the one page URL: keyed by the
  // argument and that scope (htmx's hx-vals builds one per value; round-12 hold-out); another argument keys by position.
  if (Node.isNewExpression(e) && e.getExpression().getText() === 'URLSearchParams') {
    const arg = e.getArguments()[0]?.getText().replace(/\s+/g, '');
    const scope = e.getParentWhile((p) => !isFunctionLike(p))?.getParent();
    return { kind: 'search', key: arg && /^(window\.)?(document\.)?location\.search$/.test(arg) ? `new:${arg}@${scope?.getStart() ?? -1}` : `new@${e.getStart()}` };
  }
  // Next 15 App Router: the `searchParams` prop is a Promise, read through `await` or React's `use(…)`.
  if (Node.isAwaitExpression(e)) return querySource(e.getExpression(), depth + 1);
  if (Node.isBinaryExpression(e) && /^(\?\?|\|\|)$/.test(e.getOperatorToken().getText()) && /^\{\s*\}$/.test(e.getRight().getText())) return querySource(e.getLeft(), depth + 1); // `q ?? {}`
  if (Node.isCallExpression(e) && e.getExpression().getText() === 'use' && e.getArguments().length === 1) return querySource(e.getArguments()[0]!, depth + 1);
  if (Node.isCallExpression(e)) {
    const callee = e.getExpression().getText();
    if (isTanstackSearch(e)) return { kind: 'object', key: TANSTACK_SEARCH };
    if (/^(useSearchParams|useLocalSearchParams|useGlobalSearchParams)$/.test(callee)) {
      return { kind: callee === 'useSearchParams' ? 'search' : 'object', key: `call@${e.getStart()}` };
    }
    if (callee === 'Object.fromEntries') {
      // Object.fromEntries(params) and Object.fromEntries(params.entries()).
      const arg = e.getArguments()[0] && unwrap(e.getArguments()[0]!);
      const inner = arg && Node.isCallExpression(arg) && arg.getArguments().length === 0 && memberName(arg.getExpression()) === 'entries' ? memberObject(arg.getExpression()) : arg;
      const s = inner && querySource(inner, depth + 1);
      return s ? { kind: 'object', key: `${s.key}#entries` } : splitsPageQuery(arg) ? { kind: 'object', key: `parser@${e.getStart()}` } : undefined;
    }
    const c = e.getExpression();
    // Svelte 5 `$derived(page.url.searchParams)` is what it derives; a signal read `this.query()` holds what Angular's
    // `toSignal(route.queryParamMap)` was given (round-8 hold-out).
    if (Node.isIdentifier(c) && c.getText() === '$derived' && e.getArguments().length === 1) return querySource(e.getArguments()[0]!, depth + 1);
    const signal = e.getArguments().length === 0 ? toSignalSource(c) : undefined;
    if (signal) {
      const s = querySource(signal, depth + 1);
      return s ? { kind: s.kind, key: `signal@${s.key}` } : undefined;
    }
    // rxjs: `route.queryParamMap.pipe(take(1))` is still the query (operators that pass values on unchanged).
    if (Node.isPropertyAccessExpression(c) && c.getName() === 'pipe' && e.getArguments().every(isPassThroughOperator)) {
      const s = querySource(c.getExpression(), depth + 1);
      return s ? { kind: s.kind, key: `${s.key}.pipe@${e.getStart()}` } : undefined;
    }
    // h3 / Nuxt server routes: `getQuery(event)`, and `getValidatedQuery(event, Schema.parse)` (validated-query.ts).
    if (Node.isIdentifier(c) && c.getText() === 'getQuery' && e.getArguments().length === 1) return { kind: 'object', key: `call@${e.getStart()}` };
    if (isValidatedQuery(e)) return { kind: 'object', key: `${VALIDATED_QUERY}${e.getStart()}` };
    if (Node.isPropertyAccessExpression(c) && c.getName() === 'parse' && QS_MODULES.test(c.getExpression().getText())) {
      return { kind: 'object', key: `call@${e.getStart()}` };
    }
    // The page's own parser: `getQueryParams()` whose body splits `location.search`, or `parseQuery(location.search)`.
    const own = Node.isIdentifier(c) ? localFunction(c) : undefined;
    if (own && (PAGE_QUERY.test(own.getBody()?.getText() ?? '') || e.getArguments().some((a) => PAGE_QUERY.test(a.getText())))) {
      return { kind: 'object', key: `parser@${own.getStart()}` };
    }
    return undefined;
  }
  if (Node.isPropertyAccessExpression(e) || Node.isElementAccessExpression(e)) {
    const name = memberName(e);
    const obj = unwrap(e.getExpression());
    // `props.searchParams` of a component: Next's App Router prop (a plain object or a Promise of one).
    const param = name === 'searchParams' && Node.isIdentifier(obj) ? resolveIdentifier(obj) : undefined;
    if (param && Node.isParameterDeclaration(param)) return { kind: 'search', key: `param@${param.getStart()}.searchParams` };
    // A class field holding the query (Angular `private query = this.route.snapshot.queryParamMap;`, read as
    // `this.query.get(…)`): what it holds, whatever its name.
    if (Node.isThisExpression(obj) && name !== undefined) {
      const field = obj.getFirstAncestorByKind(SyntaxKind.ClassDeclaration)?.getProperty(name);
      const init = field && Node.isPropertyDeclaration(field) ? field.getInitializer() : undefined;
      const s = init && querySource(init, depth + 1);
      if (s) return { kind: s.kind, key: `field@${field!.getStart()}` };
    }
    if (name === 'searchParams' || name === 'queryParamMap') return { kind: 'search', key: `${keyOf(obj)}.${name}` };
    if (/^(query|queryParams|queryStringParameters)$/.test(name ?? '')) {
      // `db.query(...)` is a method call, not a read; `url.parse(u, true).query`, `useRouter().query` and Angular's
      // `router.parseUrl(router.url).queryParams` (round-12 hold-out) and `inject(ActivatedRoute).queryParams` are fine.
      if (Node.isCallExpression(obj) && !/(^|\.)(parse|useRouter|useRoute|parseUrl)$/.test(obj.getExpression().getText()) && obj.getText() !== 'inject(ActivatedRoute)') return undefined;
      return { kind: 'object', key: `${keyOf(obj)}.${name}` };
    }
    return undefined;
  }
  if (Node.isIdentifier(e)) {
    const decl = resolveIdentifier(e);
    if (!decl) return undefined;
    if (Node.isVariableDeclaration(decl)) {
      const init = decl.getInitializer();
      const nameNode = decl.getNameNode();
      if (!init) return undefined;
      if (Node.isIdentifier(nameNode)) {
        const s = querySource(init, depth + 1);
        return s ? { kind: s.kind, key: s.key } : undefined;
      }
      // const [searchParams] = useSearchParams(): URLSearchParams in React Router, a plain object in Solid's router.
      if (Node.isArrayBindingPattern(nameNode)) {
        const first = nameNode.getElements()[0];
        const call = unwrap(init);
        if (first && Node.isBindingElement(first) && first.getName() === e.getText() && Node.isCallExpression(call)
          && call.getExpression().getText() === 'useSearchParams') return { kind: fromSolidRouter(call.getExpression()) ? 'object' : 'search', key: `decl@${decl.getStart()}` };
        return undefined;
      }
      // const { query } = useRouter() / const { searchParams } = new URL(location.href)
      if (Node.isObjectBindingPattern(nameNode)) {
        const el = nameNode.getElements().find((b) => b.getName() === e.getText());
        const prop = el && (el.getPropertyNameNode()?.getText() ?? el.getName());
        if (/^(query|queryParams|queryStringParameters)$/.test(prop ?? '')) return { kind: 'object', key: `${keyOf(init)}.${prop}` };
        if (prop === 'searchParams' || prop === 'queryParamMap') return { kind: 'search', key: `${keyOf(init)}.${prop}` };
      }
      return undefined;
    }
    // getServerSideProps({ query }) / (({ query }, res) => …) / Angular's guard `({ queryParamMap }) => …` (round 35)
    if (Node.isParameterDeclaration(decl) && Node.isObjectBindingPattern(decl.getNameNode())) {
      const el = decl.getNameNode().getDescendantsOfKind(SyntaxKind.BindingElement).find((b) => b.getNameNode().getText() === e.getText());
      const prop = el && (el.getPropertyNameNode()?.getText() ?? el.getName());
      // SvelteKit's `load({ url: { searchParams } })`: the URL's parameters, destructured in place (round-12 hold-out).
      const outer = el?.getParentOrThrow().getParent();
      if (outer && Node.isBindingElement(outer)) return prop === 'searchParams' && (outer.getPropertyNameNode()?.getText() ?? '') === 'url' ? { kind: 'search', key: `param@${decl.getStart()}.url.searchParams` } : undefined;
      if (/^(query|queryParams|queryStringParameters)$/.test(prop ?? '')) return { kind: 'object', key: `param@${decl.getStart()}.${prop}` };
      if (prop === 'searchParams' || prop === 'queryParamMap') return { kind: 'search', key: `param@${decl.getStart()}.${prop}` };
      return undefined;
    }
    // this.route.queryParams.subscribe((params) => …) / queryParamMap.subscribe(…), and the first transforming
    // operator of a pipe on it: `queryParamMap.pipe(map((params) => params.get(…)))`.
    if (Node.isParameterDeclaration(decl)) {
      const fn = decl.getParent();
      const call = fn?.getParent();
      if (call && Node.isCallExpression(call) && call.getArguments()[0] === fn && (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) && fn.getParameters()[0] === decl) {
        const callee = call.getExpression();
        if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'subscribe') {
          const s = querySource(callee.getExpression(), depth + 1);
          if (s) return { kind: s.kind, key: `param@${decl.getStart()}` };
        }
        const pipe = call.getParent();
        const pipeCallee = pipe && Node.isCallExpression(pipe) ? pipe.getExpression() : undefined;
        if (Node.isIdentifier(callee) && OPERATORS_GETTING_THE_VALUE.test(callee.getText()) && pipe && Node.isCallExpression(pipe)
          && pipeCallee && Node.isPropertyAccessExpression(pipeCallee) && pipeCallee.getName() === 'pipe') {
          const ops = pipe.getArguments();
          const before = ops.slice(0, ops.indexOf(call as never));
          const s = before.every(isPassThroughOperator) ? querySource(pipeCallee.getExpression(), depth + 1) : undefined;
          if (s) return { kind: s.kind, key: `param@${decl.getStart()}` };
        }
      }
    }
  }
  return undefined;
}

const PASS_THROUGH = /^(filter|take|takeUntil|takeUntilDestroyed|first|distinctUntilChanged|debounceTime|tap|shareReplay|share)$/;
/** Operators whose callback receives the source's value (the query object itself, when nothing changed it before). */
const OPERATORS_GETTING_THE_VALUE = /^(map|tap|filter|switchMap|mergeMap|concatMap|exhaustMap|first)$/;

function isPassThroughOperator(op: Node): boolean {
  return Node.isCallExpression(op) && Node.isIdentifier(op.getExpression()) && PASS_THROUGH.test(op.getExpression().getText());
}

/** The page URL's query string. */
const PAGE_QUERY = /\blocation\.(search|href)\b|\bdocument\.URL\b/;

/** A function declared in this file (declaration, or a variable holding a function expression/arrow). */
function localFunction(id: Node): import('ts-morph').FunctionDeclaration | import('ts-morph').FunctionExpression | import('ts-morph').ArrowFunction | undefined {
  const decl = resolveIdentifier(id);
  const fn = decl && Node.isFunctionDeclaration(decl) ? decl
    : decl && Node.isVariableDeclaration(decl) ? unwrap(decl.getInitializer() ?? decl) : undefined;
  return fn && (Node.isFunctionDeclaration(fn) || Node.isFunctionExpression(fn) || Node.isArrowFunction(fn)) ? fn : undefined;
}

/** A local function that takes a parameter name and reads it from the page URL (`location.search`/`href`). */
function queryHelper(id: Node): Node | undefined {
  const fn = localFunction(id);
  if (!fn) return undefined;
  const param = fn.getParameters()[0];
  if (!param || !Node.isIdentifier(param.getNameNode())) return undefined;
  const body = fn.getBody()?.getText() ?? '';
  return (/\blocation\.(search|href)\b/.test(body) && new RegExp(`\\b${param.getName()}\\b`).test(body)) || getsNamedParam(fn, querySource) ? fn : undefined;
}

/** Next's App Router page prop `{ searchParams }`: a plain object (or a Promise of one), read by member. */
const APP_ROUTER_PROP = /^param@\d+\.searchParams$/;

/** The only node kinds the loop below looks at. */
export function findParamReads(sf: SourceFile, names: ReadonlySet<string>): ParamRead[] {
  const reads: ParamRead[] = [];
  for (const n of descendantsOfKinds(sf, READ_KINDS, mayRead(names))) {
    if (Node.isPropertyAccessExpression(n) || Node.isElementAccessExpression(n)) {
      const name = memberName(n);
      if (!name || !names.has(name)) continue;
      const src = querySource(n.getExpression());
      // A member read can only be on a plain object: Next's App Router page prop `{ searchParams }` is one.
      if (!src || (src.kind !== 'object' && !APP_ROUTER_PROP.test(src.key))) continue;
      const nameNode = Node.isPropertyAccessExpression(n) ? n.getNameNode() : n.getArgumentExpression()!;
      reads.push({ name, nameNode, kind: Node.isPropertyAccessExpression(n) ? 'member' : 'literal', group: src.key, value: n, sourceExpr: n.getExpression() });
    } else if (Node.isCallExpression(n) && Node.isIdentifier(n.getExpression())) {
      // getParameterByName('transactionStatus'): a page helper that reads the current URL's query.
      const arg = n.getArguments()[0];
      const name = stringValue(arg);
      const fn = name && names.has(name) ? queryHelper(n.getExpression()) : undefined;
      if (fn && arg && Node.isStringLiteral(arg)) reads.push({ name: name!, nameNode: arg, kind: 'literal', group: `helper@${fn.getStart()}`, value: n, sourceExpr: n.getExpression() });
    } else if (Node.isCallExpression(n)) {
      const callee = n.getExpression();
      if (!Node.isPropertyAccessExpression(callee)) continue;
      const method = callee.getName();
      // Hono: `c.req.query('name')` / `c.req.queries('name')` read the request's query; Mithril's `m.route.param('name')` too.
      const honoQuery = ((method === 'query' || method === 'queries') && memberName(unwrap(callee.getExpression())) === 'req') || (method === 'param' && callee.getExpression().getText() === 'm.route');
      const removal = method === 'delete';
      if (!['get', 'has', 'getAll', 'delete'].includes(method) && !honoQuery) continue;
      const arg = n.getArguments()[0];
      // `KEYS.map((k) => params.get(k))`: the names are the string literals of the mapped array.
      const listed = arg && !honoQuery ? mappedNames(arg).filter((l) => names.has(l.getLiteralText())) : [];
      const name = stringValue(arg);
      if (!listed.length && (!name || !names.has(name) || !(Node.isStringLiteral(arg!) || Node.isNoSubstitutionTemplateLiteral(arg!)))) continue;
      const src = honoQuery ? { kind: 'search' as const, key: `${keyOf(callee.getExpression())}.query` } : querySource(callee.getExpression());
      if (!src || src.kind !== 'search') continue;
      const mark = removal ? { removal: true as const } : {};
      if (listed.length) for (const l of listed) reads.push({ name: l.getLiteralText(), nameNode: l, kind: 'literal', group: src.key, value: n, sourceExpr: callee.getExpression(), ...mark });
      else reads.push({ name: name!, nameNode: arg!, kind: 'literal', group: src.key, value: n, sourceExpr: callee.getExpression(), ...mark });
    } else if (Node.isVariableDeclaration(n) && Node.isObjectBindingPattern(n.getNameNode()) && n.getInitializer()) {
      const src = querySource(n.getInitializer()!);
      if (!src || (src.kind !== 'object' && !APP_ROUTER_PROP.test(src.key))) continue;
      for (const el of (n.getNameNode() as import('ts-morph').ObjectBindingPattern).getElements()) {
        const prop = el.getPropertyNameNode();
        const name = prop ? (Node.isIdentifier(prop) ? prop.getText() : stringValue(prop)) : el.getName();
        if (!name || !names.has(name) || el.getDotDotDotToken()) continue;
        reads.push({ name, nameNode: prop ?? el.getNameNode(), kind: 'binding', binding: el, group: src.key, value: el, sourceExpr: n.getInitializer()! });
      }
    } else if ((Node.isBinaryExpression(n) || Node.isCaseClause(n)) && keyComparison(n)) {
      // params.forEach((value, key) => { if (key === 'transactionStatus') … } / switch (key) { case '…': }) (foreach-reads.ts).
      const { literal, key } = keyComparison(n)!;
      const each = names.has(stringValue(literal)!) ? forEachKey(key) : undefined;
      const src = each && querySource(each.receiver);
      if (!src || src.kind !== 'search' || !each!.valueParam) continue;
      reads.push({ name: stringValue(literal)!, nameNode: literal, kind: 'literal', group: src.key, value: each!.valueParam, sourceExpr: each!.receiver });
    } else if (Node.isBinaryExpression(n) && n.getOperatorToken().getKind() === SyntaxKind.InKeyword) {
      const name = stringValue(n.getLeft());
      const src = querySource(n.getRight());
      if (!name || !names.has(name) || !src || src.kind !== 'object' || !Node.isStringLiteral(n.getLeft())) continue;
      reads.push({ name, nameNode: n.getLeft(), kind: 'literal', group: src.key, value: n, sourceExpr: n.getRight() });
    }
  }
  return solidRouteGroups(routeModuleGroups(sharedSearchParamsGroups([...reads, ...nestedSearchParamsReads(sf, names)])));
}
