// A Vue / Nuxt page's own route guards read the query the page renders with: `to` of an inline middleware of
// `definePageMeta({ middleware: … })`, of `onBeforeRouteUpdate(…)` / `onBeforeRouteLeave(…)`, and of an options
// component's `beforeRouteEnter` / `beforeRouteUpdate` methods is the page's route, so `to.query` is one object with
// the page's `useRoute().query` / `$route.query`. A guard that checks the reference alone
// (`if (!to.query.transactionReference) return navigateTo('/identity')`) is renamed with the page's pair; left
// behind, it would send every KYX return away before the page renders (hold-out round 16, 25).
import { Node } from '#ts-morph';
import { isFunctionLike, resolveIdentifier, unwrap } from '../../analysis-frontend/syntax.js';
import type { ParamRead } from './query-reads.js';

const GUARD_HOOKS = /^(onBeforeRouteUpdate|onBeforeRouteLeave)$/;
const GUARD_METHODS = /^(beforeRouteEnter|beforeRouteUpdate)$/;

/** The page's route query groups: the router's route of the component (`useRoute()`, `$route`). */
const PAGE_ROUTE_GROUP = /^(?:[\w$]+=)?useRoute\(\)\.query$|(^|\.)\$route\.query$/;

/** Is `fn` one of the page's route guards (its first parameter is the route the page renders with)? */
function isPageGuard(fn: Node): boolean {
  const parent = fn.getParent();
  if (!parent) return false;
  if (Node.isMethodDeclaration(fn)) return GUARD_METHODS.test(fn.getName());
  if (Node.isPropertyAssignment(parent) && GUARD_METHODS.test(parent.getName()) && parent.getInitializer() === fn) return true;
  if (Node.isCallExpression(parent) && GUARD_HOOKS.test(parent.getExpression().getText()) && parent.getArguments()[0] === fn) return true;
  // definePageMeta({ middleware: fn }) / ({ middleware: [fn, …] })
  const holder = Node.isArrayLiteralExpression(parent) ? parent.getParent() : parent;
  if (!holder || !Node.isPropertyAssignment(holder) || holder.getName() !== 'middleware') return false;
  const call = holder.getParent()?.getParent();
  return !!call && Node.isCallExpression(call) && call.getExpression().getText() === 'definePageMeta';
}

/** `to.query` where `to` is the first parameter of one of the page's route guards. */
function isGuardQuery(read: ParamRead): boolean {
  const src = unwrap(read.sourceExpr);
  if (!Node.isPropertyAccessExpression(src) || src.getName() !== 'query') return false;
  const obj = unwrap(src.getExpression());
  const decl = Node.isIdentifier(obj) ? resolveIdentifier(obj) : undefined;
  const fn = decl && Node.isParameterDeclaration(decl) ? decl.getParent() : undefined;
  return !!fn && isFunctionLike(fn) && fn.getParameters()[0] === decl && isPageGuard(fn);
}

/** Moves the reads of the page's route guards into the page's route query group, when the script has one. */
export function mergePageGuardReads(groups: Map<string, ParamRead[]>): void {
  const page = [...groups.keys()].find((k) => PAGE_ROUTE_GROUP.test(k));
  if (page === undefined) return;
  for (const [key, reads] of [...groups]) {
    if (key === page || !reads.every(isGuardQuery)) continue;
    groups.delete(key);
    groups.set(page, [...groups.get(page)!, ...reads]);
  }
}
