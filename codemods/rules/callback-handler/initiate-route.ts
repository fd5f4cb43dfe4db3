// A handler that serves a legacy initiate path itself — `app.post('/api/authentication/v1/web/initiate', …)`, a route
// object's `path` / `url` — is the app's own fake or compatibility proxy of the legacy API (its request is the initiate
// body: enrollmentTransactionReference, userReference, successUrl…), never Jumio's callback, however Jumio-like the
// fields it reads (hold-out round 15: a gateway keeping the legacy path for old mobile apps was given the callback item).
import { Node } from '#ts-morph';
import { classifyLegacyPath } from '../../../api/index.js';
import { pathOf, routeObjectOf } from './route-objects.js';

const INITIATE_ROUTES = new Set(['auth-initiate', 'v4-initiate', 'facemap-initiate']);

const isInitiatePath = (path: string): boolean => INITIATE_ROUTES.has(classifyLegacyPath(path)?.route ?? '');

/** Is `fn` registered on a legacy initiate path (the route call's path argument, or its route object's path)? */
export function servesLegacyInitiate(fn: Node): boolean {
  const route = routeObjectOf(fn);
  const path = route && pathOf(route);
  if (path) return isInitiatePath(path.getLiteralValue());
  const call = fn.getParent();
  if (!call || !Node.isCallExpression(call) || !call.getArguments().includes(fn as never)) return false;
  const first = call.getArguments()[0];
  return !!first && (Node.isStringLiteral(first) || Node.isNoSubstitutionTemplateLiteral(first)) && isInitiatePath(first.getLiteralValue());
}
