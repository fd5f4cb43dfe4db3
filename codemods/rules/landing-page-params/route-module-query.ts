// A Remix / React Router route module is one page: its `meta({ location })`, its `loader({ request })` /
// `clientLoader` and its default-exported component all see the one URL the router matched. Each spells the query
// its own way (`new URLSearchParams(location.search)` in meta, `new URL(request.url).searchParams` in the loader,
// `useLocation().search` or `useSearchParams()` in the component), which query-reads.ts keys per function; read from
// the route's own URL they are one query object, so the pair the component reads proves meta's lone status read too
// (round-13 hold-out 99: the page was migrated, its title kept reading the legacy name and said "failed" on every KYX
// return). Only in a module importing a Remix / React Router package; a read from any other source (an argument, a
// helper's URL, a component that is not the route's default export) keeps its own group.
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import { resolveIdentifier, unwrap } from '../../analysis-frontend/syntax.js';
import { wrappedQuery } from './query-wrappers.js';
import type { ParamRead } from './query-reads.js';

export const ROUTE_MODULE = 'route-module';
const ROUTER_PACKAGE = /^(@remix-run\/[\w-]+|@react-router\/[\w-]+|react-router|react-router-dom)$/;
/** The route exports that get the request URL: meta's `location`, the loaders' `request`. */
const URL_EXPORTS = new Map<string, 'location' | 'request'>([['meta', 'location'], ['loader', 'request'], ['clientLoader', 'request']]);

interface RouteFns { url: Map<Node, 'location' | 'request'>; page: Node | undefined }

export function routeModuleGroups(reads: ParamRead[]): ParamRead[] {
  const sf = reads[0]?.value.getSourceFile();
  const fns = sf && routeFunctions(sf);
  if (!fns) return reads;
  return reads.map((r) => (routeQuery(r.sourceExpr, fns, 0) ? { ...r, group: ROUTE_MODULE } : r));
}

/** The route exports of a module that imports a Remix / React Router package, or undefined. Read from the
 * statements' export keywords (no type checker: test/engine/no-type-checker.test.ts). */
function routeFunctions(sf: SourceFile): RouteFns | undefined {
  if (!sf.getImportDeclarations().some((d) => ROUTER_PACKAGE.test(d.getModuleSpecifierValue()))) return undefined;
  const url = new Map<Node, 'location' | 'request'>();
  let page: Node | undefined;
  for (const st of sf.getStatements()) {
    if (Node.isFunctionDeclaration(st) && st.hasExportKeyword()) {
      if (st.hasDefaultKeyword()) page = st;
      else if (URL_EXPORTS.has(st.getName() ?? '')) url.set(st, URL_EXPORTS.get(st.getName()!)!);
    } else if (Node.isVariableStatement(st) && st.hasExportKeyword()) {
      for (const d of st.getDeclarations()) {
        const fn = functionOf(d);
        if (fn && URL_EXPORTS.has(d.getName())) url.set(fn, URL_EXPORTS.get(d.getName())!);
      }
    } else if (Node.isExportAssignment(st) && !st.isExportEquals()) {
      // export default KycDone; (a function of the module)
      const e = unwrap(st.getExpression());
      const decl = Node.isIdentifier(e) ? resolveIdentifier(e) : e;
      page = decl && functionOf(decl);
    }
  }
  return url.size || page ? { url, page } : undefined;
}

function functionOf(d: Node): Node | undefined {
  const f = Node.isVariableDeclaration(d) ? unwrap(d.getInitializer() ?? d) : d;
  return Node.isFunctionDeclaration(f) || Node.isArrowFunction(f) || Node.isFunctionExpression(f) ? f : undefined;
}

/** Does a read's query object come from the route's URL? */
function routeQuery(expr: Node, fns: RouteFns, depth: number): boolean {
  if (depth > 6) return false;
  const e = unwrap(expr);
  const wrapped = wrappedQuery(e); // useMemo(() => new URLSearchParams(search), [search])
  if (wrapped) return routeQuery(wrapped, fns, depth + 1);
  if (Node.isNewExpression(e) && e.getExpression().getText() === 'URLSearchParams') {
    const arg = e.getArguments()[0];
    return !!arg && routeSearch(arg, fns, depth + 1);
  }
  // `url.searchParams` of `const url = new URL(request.url)`, or `new URL(location.href).searchParams`.
  if (Node.isPropertyAccessExpression(e) && e.getName() === 'searchParams') return routeUrlObject(e.getExpression(), fns, depth + 1);
  // The router's useSearchParams() in the page component: `const [params] = useSearchParams()`.
  if (Node.isCallExpression(e)) return isRouterHook(e, 'useSearchParams') && inside(e, fns.page);
  if (!Node.isIdentifier(e)) return false;
  const decl = declOf(e);
  if (decl && Node.isVariableDeclaration(decl) && decl.getInitializer()) return routeQuery(decl.getInitializer()!, fns, depth + 1);
  // const [params] = useSearchParams()
  const pattern = decl && Node.isBindingElement(decl) ? decl.getParent() : undefined;
  const owner = pattern && Node.isArrayBindingPattern(pattern) && pattern.getElements()[0] === decl ? pattern.getParent() : undefined;
  return !!owner && Node.isVariableDeclaration(owner) && !!owner.getInitializer() && routeQuery(owner.getInitializer()!, fns, depth + 1);
}

/** The declaration of an identifier: the binding element that declares it when it is destructured. */
function declOf(id: Node): Node | undefined {
  const d = resolveIdentifier(id);
  if (!d || !(Node.isParameterDeclaration(d) || Node.isVariableDeclaration(d)) || Node.isIdentifier(d.getNameNode())) return d;
  return d.getNameNode().getDescendantsOfKind(SyntaxKind.BindingElement).find((b) => b.getNameNode().getText() === id.getText());
}

/** `location.search` of the route's location (meta's argument, useLocation() in the page), also `search` of
 * `const { search } = useLocation()`. */
function routeSearch(arg: Node, fns: RouteFns, depth: number): boolean {
  const a = unwrap(arg);
  if (Node.isPropertyAccessExpression(a) && a.getName() === 'search') return routeLocation(a.getExpression(), fns, depth);
  if (!Node.isIdentifier(a)) return false;
  const decl = declOf(a);
  if (decl && Node.isVariableDeclaration(decl) && decl.getInitializer()) return routeSearch(decl.getInitializer()!, fns, depth + 1);
  const el = decl && Node.isBindingElement(decl) ? decl : undefined;
  if (!el || (el.getPropertyNameNode()?.getText() ?? el.getName()) !== 'search') return false;
  const owner = el.getParentOrThrow().getParent();
  if (owner && Node.isVariableDeclaration(owner)) return !!owner.getInitializer() && routeLocation(owner.getInitializer()!, fns, depth + 1);
  // meta({ location: { search } })
  return !!owner && Node.isBindingElement(owner) && argumentMember(owner, fns) === 'location';
}

/** The route's location: useLocation() in the page component, meta's `location` argument (destructured or read as
 * `args.location`). */
function routeLocation(expr: Node, fns: RouteFns, depth: number): boolean {
  const e = unwrap(expr);
  if (Node.isCallExpression(e)) return isRouterHook(e, 'useLocation') && inside(e, fns.page);
  if (Node.isPropertyAccessExpression(e) && e.getName() === 'location') return routeArgument(e.getExpression(), fns) === 'location';
  if (!Node.isIdentifier(e) || depth > 6) return false;
  const decl = declOf(e);
  if (decl && Node.isVariableDeclaration(decl) && decl.getInitializer()) return routeLocation(decl.getInitializer()!, fns, depth + 1);
  return !!decl && Node.isBindingElement(decl) && argumentMember(decl, fns) === 'location';
}

/** `new URL(request.url)` of a loader's request (also through a const), `new URL(location.href)` of meta's. */
function routeUrlObject(expr: Node, fns: RouteFns, depth: number): boolean {
  const e = unwrap(expr);
  if (Node.isIdentifier(e) && depth <= 6) {
    const decl = declOf(e);
    return !!decl && Node.isVariableDeclaration(decl) && !!decl.getInitializer() && routeUrlObject(decl.getInitializer()!, fns, depth + 1);
  }
  const arg = Node.isNewExpression(e) && e.getExpression().getText() === 'URL' ? e.getArguments()[0] : undefined;
  const u = arg && unwrap(arg);
  if (!u || !Node.isPropertyAccessExpression(u)) return false;
  const of = unwrap(u.getExpression());
  if (u.getName() === 'href') return routeLocation(of, fns, depth + 1);
  if (u.getName() !== 'url') return false;
  if (Node.isPropertyAccessExpression(of) && of.getName() === 'request') return routeArgument(of.getExpression(), fns) === 'request';
  const decl = Node.isIdentifier(of) ? declOf(of) : undefined;
  return !!decl && Node.isBindingElement(decl) && argumentMember(decl, fns) === 'request';
}

/** What a route export's argument gives when `id` is that whole argument (`args` of `meta(args)`). */
function routeArgument(id: Node, fns: RouteFns): 'location' | 'request' | undefined {
  const decl = Node.isIdentifier(id) ? resolveIdentifier(id) : undefined;
  const fn = decl && Node.isParameterDeclaration(decl) ? decl.getParent() : undefined;
  return fn && (fn as import('#ts-morph').FunctionDeclaration).getParameters?.()[0] === decl ? fns.url.get(fn) : undefined;
}

/** The member a binding destructures from a route export's argument: `location` of `meta({ location })`. */
function argumentMember(el: import('#ts-morph').BindingElement, fns: RouteFns): 'location' | 'request' | undefined {
  const param = el.getParentOrThrow().getParent();
  if (!param || !Node.isParameterDeclaration(param)) return undefined;
  const fn = param.getParent();
  const given = fn && (fn as import('#ts-morph').FunctionDeclaration).getParameters?.()[0] === param ? fns.url.get(fn) : undefined;
  return given && (el.getPropertyNameNode()?.getText() ?? el.getName()) === given ? given : undefined;
}

/** A call of `name` imported from a Remix / React Router package (not Next's or Solid's useSearchParams). */
function isRouterHook(call: import('#ts-morph').CallExpression, name: string): boolean {
  const callee = call.getExpression();
  if (!Node.isIdentifier(callee) || callee.getText() !== name) return false;
  const decl = resolveIdentifier(callee);
  const imp = decl?.getFirstAncestorByKind(SyntaxKind.ImportDeclaration);
  return !!imp && ROUTER_PACKAGE.test(imp.getModuleSpecifierValue());
}

const inside = (n: Node, fn: Node | undefined): boolean => !!fn && n.getStart() >= fn.getStart() && n.getEnd() <= fn.getEnd();
