// A SolidStart / Solid Router route module is one page too: `export const route = { preload: ({ location }) => … }`
// warms the page's data from `location.query`, and the default-exported component reads the same query through
// `useSearchParams()`. query-reads.ts keys the two apart (`location.query`, the hook's declaration), so the component's
// pair proved the page while the preload's lone `location.query.transactionReference` stayed legacy (round-56 hold-out:
// the preload then warmed nothing on every KYX return). Only in a module importing Solid's router; the preload must be
// a member of the module's `route` object, the hook imported from Solid's router.
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import { resolveIdentifier, unwrap } from '../../analysis-frontend/syntax.js';
import type { ParamRead } from './query-reads.js';

export const SOLID_ROUTE = 'solid-route';
const SOLID_ROUTER = /^(@solidjs\/router|@solidjs\/start(\/.*)?|solid-app-router)$/;
/** The route definition's functions that receive `{ location }` (`load` before Solid Router 0.14). */
const PRELOADS = new Set(['preload', 'load']);

export function solidRouteGroups(reads: ParamRead[]): ParamRead[] {
  const sf = reads[0]?.value.getSourceFile();
  if (!sf || !sf.getImportDeclarations().some((d) => SOLID_ROUTER.test(d.getModuleSpecifierValue()))) return reads;
  const preloaded = new Set(reads.filter((r) => preloadQuery(r.sourceExpr)).map((r) => r.group));
  if (!preloaded.size) return reads;
  const hooks = new Set(reads.filter((r) => solidSearchParams(r.sourceExpr, sf)).map((r) => r.group));
  return reads.map((r) => (preloaded.has(r.group) || hooks.has(r.group) ? { ...r, group: SOLID_ROUTE } : r));
}

/** `location.query` of the route's preload (`({ location })` destructured, or `args.location.query`). */
function preloadQuery(expr: Node): boolean {
  const e = unwrap(expr);
  if (!Node.isPropertyAccessExpression(e) || e.getName() !== 'query') return false;
  const loc = unwrap(e.getExpression());
  const param = Node.isPropertyAccessExpression(loc) && loc.getName() === 'location' && Node.isIdentifier(loc.getExpression())
    ? resolveIdentifier(loc.getExpression()) : Node.isIdentifier(loc) && loc.getText() === 'location' ? resolveIdentifier(loc) : undefined;
  if (!param || !Node.isParameterDeclaration(param)) return false;
  const fn = param.getParent();
  if (!(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) || Node.isMethodDeclaration(fn)) || fn.getParameters()[0] !== param) return false;
  const holder = Node.isMethodDeclaration(fn) ? fn : fn.getParent();
  if (!holder || !(Node.isPropertyAssignment(holder) || Node.isMethodDeclaration(holder)) || !PRELOADS.has(holder.getName())) return false;
  let route = holder.getParent()?.getParent(); // through `satisfies RouteDefinition`, `as const`, parentheses
  while (route && (Node.isSatisfiesExpression(route) || Node.isAsExpression(route) || Node.isParenthesizedExpression(route))) route = route.getParent();
  return !!route && Node.isVariableDeclaration(route) && route.getName() === 'route';
}

/** The hook's query: `const [params] = useSearchParams()` with the hook imported from Solid's router. */
function solidSearchParams(expr: Node, sf: SourceFile): boolean {
  const e = unwrap(expr);
  const decl = Node.isIdentifier(e) ? resolveIdentifier(e) : undefined;
  const owner = decl && Node.isVariableDeclaration(decl) ? decl : decl?.getFirstAncestorByKind(SyntaxKind.VariableDeclaration);
  const call = owner?.getInitializer() && unwrap(owner.getInitializer()!);
  const callee = call && Node.isCallExpression(call) ? call.getExpression() : undefined;
  const spec = callee && Node.isIdentifier(callee) && callee.getText() === 'useSearchParams' ? resolveIdentifier(callee) : undefined;
  const imp = spec?.getFirstAncestorByKind(SyntaxKind.ImportDeclaration);
  return !!imp && imp.getSourceFile() === sf && SOLID_ROUTER.test(imp.getModuleSpecifierValue());
}

/** `useSearchParams` imported from Solid's router, whose search params are an object read by member. */
export function fromSolidRouter(callee: Node): boolean {
  const decl = Node.isIdentifier(callee) ? resolveIdentifier(callee) : undefined;
  const imp = decl?.getFirstAncestorByKind(SyntaxKind.ImportDeclaration);
  return !!imp && SOLID_ROUTER.test(imp.getModuleSpecifierValue());
}
