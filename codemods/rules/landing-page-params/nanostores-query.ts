// The query held in a nanostores store: a store made from the page URL — `computed($url, (url) => url.searchParams)`,
// `atom(new URLSearchParams(location.search))`, `map(Object.fromEntries(…))`, @nanostores/router's
// `createSearchParams()` (an object of the parameters) and the `search` of `createRouter(…)`'s page — read through
// `useStore($query)` (@nanostores/react, preact; `.value` of @nanostores/vue's ref, the accessor call of
// @nanostores/solid's), `$query.get()`, or the value `$query.subscribe((q) => …)` / `listen` hands its callback
// (one query object for every reader). The store may be declared in the page's file or imported from a
// module of the project (`import { $query } from '../stores/query'`): a landing page keeping its query that way passed
// silently. Only makers imported from nanostores / @nanostores/router: jotai's or Recoil's `atom` holds anything.
import { Node, SyntaxKind, type SourceFile, type ts } from '#ts-morph';
import type { ProjectView } from '../../engine/types.js';
import { resolveIdentifier, unwrap } from '../../analysis-frontend/syntax.js';
import { importedModule } from '../../analysis-frontend/imported-constants.js';

type Source = { kind: 'search' | 'object'; key: string };

/** Where an imported store is looked up: the project and the path of the file a source file was parsed from. */
const lookups = new WeakMap<ts.SourceFile, { project?: ProjectView; absPath: string }>();

/** Lets the page's imported stores be followed into their modules (index.ts, before its reads are found). */
export function withStoreLookup(sf: SourceFile, project: ProjectView | undefined, absPath: string): SourceFile {
  lookups.set(sf.compilerNode, { project, absPath });
  return sf;
}

/** The project and path registered for a source file (pinia-query.ts follows imported stores too). */
export const storeLookup = (sf: SourceFile): { project?: ProjectView; absPath: string } | undefined => lookups.get(sf.compilerNode);

const USE_STORE = /^@nanostores\/(react|preact|vue|solid|lit)$/;

/** The query a store read stands for (`e` unwrapped), or undefined; `source` is querySource. */
export function storeSource(e: Node, source: (n: Node) => Source | undefined): Source | undefined {
  if (Node.isCallExpression(e)) {
    const callee = unwrap(e.getExpression());
    const maker = makerOf(callee);
    // useStore($query) / $query.get()
    if (maker === 'useStore' && e.getArguments().length >= 1) return storeValue(e.getArguments()[0]!, source);
    if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'get' && e.getArguments().length === 0) {
      return storeDefinition(callee.getExpression()) ? storeValue(callee.getExpression(), source) : undefined;
    }
    // Solid: `const query = useStore($query)` read as `query()`.
    const held = Node.isIdentifier(callee) && e.getArguments().length === 0 ? resolveIdentifier(callee) : undefined;
    const init = held && Node.isVariableDeclaration(held) ? held.getInitializer() : undefined;
    const call = init && unwrap(init);
    if (call && Node.isCallExpression(call) && makerOf(unwrap(call.getExpression())) === 'useStore:@nanostores/solid') return storeValue(call.getArguments()[0] ?? call, source);
    return maker && maker !== 'useStore' && !maker.startsWith('useStore:') ? madeValue(e, maker, source) : undefined;
  }
  // Vue: `const query = useStore($query)` read as `query.value`.
  if (Node.isPropertyAccessExpression(e) && e.getName() === 'value') {
    const ref = unwrap(e.getExpression());
    const decl = Node.isIdentifier(ref) ? resolveIdentifier(ref) : undefined;
    const call = decl && Node.isVariableDeclaration(decl) && decl.getInitializer() ? unwrap(decl.getInitializer()!) : undefined;
    if (call && Node.isCallExpression(call) && makerOf(unwrap(call.getExpression())) === 'useStore:@nanostores/vue') return storeValue(call.getArguments()[0] ?? call, source);
  }
  // `page.search` of a router store's page (useStore($router), $router.get(), a subscriber's argument).
  if (Node.isPropertyAccessExpression(e) && e.getName() === 'search') {
    const router = routerPage(e.getExpression(), 0);
    return router ? { kind: 'object', key: `nanostores-router@${router}` } : undefined;
  }
  // `$query.subscribe((q) => …)` / `listen`: every subscriber gets the store's one value (one query object).
  const param = Node.isIdentifier(e) ? resolveIdentifier(e) : undefined;
  const fn = param && Node.isParameterDeclaration(param) ? param.getParent() : undefined;
  const call = fn?.getParent();
  if (!fn || !call || !Node.isCallExpression(call) || call.getArguments()[0] !== fn || (fn as import('#ts-morph').ArrowFunction).getParameters?.()[0] !== param) return undefined;
  const callee = unwrap(call.getExpression());
  return Node.isPropertyAccessExpression(callee) && /^(subscribe|listen)$/.test(callee.getName()) && storeDefinition(callee.getExpression())
    ? storeValue(callee.getExpression(), source) : undefined;
}

/** The value of a store: what its maker was given. */
function storeValue(store: Node, source: (n: Node) => Source | undefined): Source | undefined {
  const def = storeDefinition(store);
  return def ? source(def) : undefined;
}

/** The maker call behind a store expression — `$query` declared here or exported by a module of the project. */
function storeDefinition(store: Node): Node | undefined {
  const s = unwrap(store);
  if (Node.isCallExpression(s)) return isMaker(s) ? s : undefined;
  if (!Node.isIdentifier(s)) return undefined;
  const decl = resolveIdentifier(s);
  if (decl && Node.isVariableDeclaration(decl)) {
    const init = decl.getInitializer() && unwrap(decl.getInitializer()!);
    return init && Node.isCallExpression(init) && isMaker(init) ? init : undefined;
  }
  if (!decl || !(Node.isImportSpecifier(decl) || Node.isImportClause(decl))) return undefined;
  const at = lookups.get(s.getSourceFile().compilerNode);
  const mod = importedModule(decl, at?.project, at?.absPath);
  const value = mod?.value && mod.constant ? unwrap(mod.value) : undefined;
  if (!value || !Node.isCallExpression(value) || !isMaker(value)) return undefined;
  lookups.set(mod!.sf.compilerNode, { project: at!.project, absPath: mod!.absPath }); // its own imports, in turn
  return value;
}

const isMaker = (call: import('#ts-morph').CallExpression): boolean => {
  const m = makerOf(unwrap(call.getExpression()));
  return !!m && !m.startsWith('useStore');
};

/** What an identifier callee is, by its import: `useStore` (`useStore:<package>`), a nanostores maker, or undefined. */
function makerOf(callee: Node): string | undefined {
  if (!Node.isIdentifier(callee)) return undefined;
  const spec = resolveIdentifier(callee);
  if (!spec || !Node.isImportSpecifier(spec)) return undefined;
  const from = spec.getFirstAncestorByKindOrThrow(SyntaxKind.ImportDeclaration).getModuleSpecifierValue();
  const name = spec.getName();
  if (name === 'useStore' && USE_STORE.test(from)) return from === '@nanostores/react' || from === '@nanostores/preact' || from === '@nanostores/lit' ? 'useStore' : `useStore:${from}`;
  if (from === 'nanostores' && /^(atom|map|computed)$/.test(name)) return name;
  if (from === '@nanostores/router' && /^(createSearchParams|createRouter)$/.test(name)) return name;
  return undefined;
}

/** The query a maker call holds: computed's callback's result, atom's / map's initial value, the search params store. */
function madeValue(call: import('#ts-morph').CallExpression, maker: string, source: (n: Node) => Source | undefined): Source | undefined {
  if (maker === 'createSearchParams') return { kind: 'object', key: `nanostores-search@${call.getStart()}` };
  if (maker === 'atom' || maker === 'map') return call.getArguments().length === 1 ? source(call.getArguments()[0]!) : undefined;
  if (maker !== 'computed') return undefined;
  const fn = call.getArguments()[1] && unwrap(call.getArguments()[1]!);
  if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn))) return undefined;
  const body = fn.getBody();
  const statements = Node.isBlock(body) ? body.getStatements() : [];
  const returned = !Node.isBlock(body) ? body
    : statements.length === 1 && Node.isReturnStatement(statements[0]!) ? statements[0].getExpression() : undefined;
  return returned ? source(returned) : undefined;
}

/** `page` of a router store: `useStore($router)`, `$router.get()`, a `subscribe`/`listen` callback's or a computed
 * callback's first parameter over it — the router maker's position, or undefined. */
function routerPage(expr: Node, depth: number): number | undefined {
  const e = unwrap(expr);
  if (depth > 6) return undefined;
  const routerOf = (store: Node): number | undefined => {
    const def = storeDefinition(store);
    return def && Node.isCallExpression(def) && makerOf(unwrap(def.getExpression())) === 'createRouter' ? def.getStart() : undefined;
  };
  if (Node.isCallExpression(e)) {
    const callee = unwrap(e.getExpression());
    if (makerOf(callee) === 'useStore') return e.getArguments()[0] ? routerOf(e.getArguments()[0]!) : undefined;
    return Node.isPropertyAccessExpression(callee) && callee.getName() === 'get' && e.getArguments().length === 0 ? routerOf(callee.getExpression()) : undefined;
  }
  if (!Node.isIdentifier(e)) return undefined;
  const decl = resolveIdentifier(e);
  if (decl && Node.isVariableDeclaration(decl) && Node.isIdentifier(decl.getNameNode()) && decl.getInitializer()) return routerPage(decl.getInitializer()!, depth + 1);
  if (!decl || !Node.isParameterDeclaration(decl)) return undefined;
  const fn = decl.getParent();
  const call = fn?.getParent();
  if (!call || !Node.isCallExpression(call) || !(Node.isArrowFunction(fn!) || Node.isFunctionExpression(fn!)) || fn.getParameters()[0] !== decl) return undefined;
  const callee = unwrap(call.getExpression());
  if (Node.isPropertyAccessExpression(callee) && /^(subscribe|listen)$/.test(callee.getName()) && call.getArguments()[0] === fn) return routerOf(callee.getExpression());
  return makerOf(callee) === 'computed' && call.getArguments()[1] === fn && call.getArguments()[0] ? routerOf(call.getArguments()[0]!) : undefined;
}
