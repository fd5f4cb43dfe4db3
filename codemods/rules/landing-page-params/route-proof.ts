// Route proof: a request handler whose route is the successUrl/errorUrl of an initiate call in the same file
// (legacy, or already migrated to KYX `web.successUrl`) serves Jumio's redirect, whatever it reads.
// Only same-file evidence: a page in another file is proven by the parameters it reads together.
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import { KYX, KYX_REGIONS, kyxAccountsUrl, LEGACY } from '../../../api/index.js';
import { EvalContext } from '../../analysis/eval-context.js';
import { possibleHttpCalls, recogniseHttpCall } from '../../analysis/http-calls.js';
import { resolveLegacyEndpoint } from '../../analysis/legacy-endpoint.js';
import { findProperty, propertyValue, resolveObjectLiteralInFile } from '../../analysis/object-literals.js';
import { candidateText, evaluateStrings, HOLE } from '../../analysis/static-strings.js';
import { stringValue } from '../../analysis-frontend/syntax.js';
import type { ProjectView } from '../../engine/types.js';

const INITIATE_ROUTES = new Set(['auth-initiate', 'v4-initiate']);
const ROUTE_METHODS = new Set(['get', 'post', 'all', 'use']);

function normalisePath(p: string): string {
  const clean = p.split(/[?#]/)[0] ?? '';
  return clean.length > 1 ? clean.replace(/\/+$/, '') : clean;
}

/** The path of a URL value; `${BASE}/jumio/done` gives `/jumio/done`. Undefined when the path is not known. */
export function pathOfUrl(text: string): string | undefined {
  const path = pathWithHoles(text);
  return path?.includes(HOLE) ? undefined : path;
}

/** The path of a URL value, its unknown parts kept as HOLE: `${BASE}/kyc/${id}/done` gives `/kyc/HOLE/done` (matched
 * against a parameterised page route, page-routes.ts). Undefined for a text that is no URL nor a `${BASE}/…` path. */
export function pathWithHoles(text: string): string | undefined {
  let rest: string;
  const scheme = text.indexOf('://');
  if (scheme >= 0) {
    if (text.slice(0, scheme).includes(HOLE)) return undefined;
    const slash = text.indexOf('/', scheme + 3);
    if (slash < 0) return '/';
    rest = text.slice(slash);
  } else if (text.startsWith(HOLE)) {
    rest = text.slice(HOLE.length);
    if (!rest.startsWith('/')) return undefined;
  } else return undefined;
  return normalisePath(rest);
}

/** successUrl/errorUrl paths of the initiate calls of a file, with the line of the call; `withHoles`: also paths with
 * unknown parts (pathWithHoles). */
export function redirectRoutes(sf: SourceFile, project: ProjectView, absPath: string, withHoles = false): Map<string, number> {
  const out = new Map<string, number>();
  const ectx = new EvalContext(project, sf, absPath);
  for (const call of possibleHttpCalls(sf)) {
    const http = recogniseHttpCall(call);
    if (!http?.body) continue;
    const legacy = resolveLegacyEndpoint(http.url, ectx, http.base);
    const kyxCands = legacy ? [] : evaluateStrings(http.url, ectx);
    const kyx = !legacy && kyxCands.length > 0 && kyxCands.every((c) => KYX_REGIONS.some((r) => candidateText(c).startsWith(kyxAccountsUrl(r))));
    if (!(legacy && INITIATE_ROUTES.has(legacy.route)) && !kyx) continue;
    const body = resolveObjectLiteralInFile(http.body.value);
    if (!body) continue;
    let holder = body;
    if (kyx) {
      const web = findProperty(body, KYX.web);
      const webObj = web && propertyValue(web) && resolveObjectLiteralInFile(propertyValue(web)!);
      if (!webObj) continue;
      holder = webObj;
    }
    for (const key of [LEGACY.successUrl, LEGACY.errorUrl]) {
      const p = findProperty(holder, key);
      const v = p && propertyValue(p);
      if (!v) continue;
      for (const c of evaluateStrings(v, ectx)) {
        const path = (withHoles ? pathWithHoles : pathOfUrl)(candidateText(c));
        if (path) out.set(path, call.getStartLineNumber());
      }
    }
  }
  return out;
}

/** The route path of the Express/Koa-style handler a node sits in: `app.get('/done', (req, res) => …)`. */
export function routeOf(node: Node): string | undefined {
  for (let cur: Node | undefined = node.getParent(); cur; cur = cur.getParent()) {
    if (!Node.isArrowFunction(cur) && !Node.isFunctionExpression(cur)) continue;
    const call = cur.getParent();
    if (!call || !Node.isCallExpression(call) || !call.getArguments().includes(cur as never)) continue;
    const callee = call.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || !ROUTE_METHODS.has(callee.getName())) continue;
    const first = stringValue(call.getArguments()[0]);
    if (first !== undefined) return normalisePath(first);
    // router.route('/done').get(handler)
    const obj = callee.getExpression();
    if (Node.isCallExpression(obj) && Node.isPropertyAccessExpression(obj.getExpression()) && obj.getExpression().getText().endsWith('.route')) {
      const p = stringValue(obj.getArguments()[0]);
      if (p !== undefined) return normalisePath(p);
    }
  }
  return undefined;
}
