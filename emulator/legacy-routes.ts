// Legacy Netverify routes: Authentication initiate (both paths), v4 initiate, Authentication retrieval.
// Basic auth with the configured API users; validation through api/ (the legacy limits and URL rules).
import {
  LEGACY,
  LEGACY_AUTH_INITIATE_PATHS,
  LEGACY_AUTH_LIMITS,
  LEGACY_AUTH_RETRIEVAL_PREFIX,
  LEGACY_V4_INITIATE_PATH,
  TOKEN_LIFETIME_MINUTES,
  legacyUrlRuleError,
  validateLegacyAuthInitiate,
  validateLegacyV4Initiate,
  type FieldError,
  type LegacyAuthInitiateRequest,
  type LegacyV4InitiateRequest,
} from '../api/index.js';
import { clientMatches, exactPath, prefixPattern, type Ctx, type Route } from './context.js';
import { errorReply, isPlainObject, jsonReply, parseBasic, type Reply } from './http-util.js';
import { TINY_PNG } from './images.js';
import { initiateResponse, retrievalBody } from './legacy-shapes.js';
import type { AuthTransaction, LegacyState, VerificationTransaction } from './legacy-state.js';

const DEFAULT_LOCALE = 'en';
const URL_FIELDS = [LEGACY.callbackUrl, LEGACY.successUrl, LEGACY.errorUrl];

function isLoopbackUrl(v: unknown): v is string {
  if (typeof v !== 'string' || !URL.canParse(v)) return false;
  const h = new URL(v).hostname;
  return h === '127.0.0.1' || h === 'localhost' || h === '[::1]';
}

/** The legacy URL rules (HTTPS, no IP, no port) would forbid a test's loopback callback receiver. Unless
 *  strictUrls is set, a loopback URL is checked as if it were https on a real host without a port, so its
 *  other rules (fragment, reserved parameters) and the lengths still apply. */
function relaxLoopback(body: Record<string, unknown>, errors: FieldError[]): FieldError[] {
  let out = errors;
  for (const field of URL_FIELDS) {
    const v = body[field];
    if (!isLoopbackUrl(v)) continue;
    const strictProblem = legacyUrlRuleError(v);
    if (strictProblem === undefined || !out.some((e) => e.field === field && e.message === `${field} ${strictProblem}`)) continue;
    out = out.filter((e) => !(e.field === field && e.message === `${field} ${strictProblem}`));
    const u = new URL(v);
    u.protocol = 'https:';
    u.hostname = 'loopback.example';
    u.port = '';
    const p = legacyUrlRuleError(u.toString());
    if (p !== undefined) out.push({ field, message: `${field} ${p}` });
  }
  return out;
}

export function legacyRoutes(state: LegacyState, opts: { strictUrls: boolean }): Route[] {
  function requireBasic(ctx: Ctx): Reply | null {
    const b = parseBasic(ctx.req.headers.authorization);
    if (b && clientMatches(ctx.settings.clients, b.user, b.password)) return null;
    return { ...errorReply(401, 'missing or wrong API credentials (HTTP Basic: API token and secret)'), headers: { 'www-authenticate': 'Basic realm="Netverify"' } };
  }

  function fieldErrors(errors: FieldError[]): Reply {
    return errorReply(400, errors[0].message, errors[0].field, errors);
  }

  function validated(ctx: Ctx, validate: (b: unknown) => FieldError[]): FieldError[] {
    const errors = validate(ctx.body.value);
    return opts.strictUrls || !isPlainObject(ctx.body.value) ? errors : relaxLoopback(ctx.body.value, errors);
  }

  /** The enrolment must exist (404) and be approved with a matching identity verification (400). */
  function enrollmentProblem(ref: string): Reply | null {
    const field = LEGACY.enrollmentTransactionReference;
    const e = state.transactions.get(ref);
    if (!e || e.kind !== 'verification') return errorReply(404, `${field}: no such transaction`, field);
    state.refresh(e);
    if (e.verificationStatus !== 'APPROVED_VERIFIED' || !e.identityMatch) {
      return errorReply(400, `${field}: the transaction is not APPROVED_VERIFIED with similarity MATCH and validity TRUE`, field);
    }
    return null;
  }

  function startAuthentication(ctx: Ctx, b: LegacyAuthInitiateRequest): Reply {
    const t = state.add<AuthTransaction>({
      kind: 'authentication',
      enrollmentReference: b.enrollmentTransactionReference,
      result: 'CREATED',
      callbackUrl: b.callbackUrl,
      successUrl: b.successUrl,
      errorUrl: b.errorUrl,
      userReference: b.userReference,
      locale: b.locale ?? DEFAULT_LOCALE,
      tokenExpiresAt: ctx.settings.clock.now() + (b.tokenLifetimeInMinutes ?? TOKEN_LIFETIME_MINUTES.default) * 60_000,
    });
    return jsonReply(initiateResponse(ctx.settings.links, t, ctx.settings.clock.iso()));
  }

  const authInitiate = (ctx: Ctx): Reply => {
    const denied = requireBasic(ctx);
    if (denied) return denied;
    const errors = validated(ctx, validateLegacyAuthInitiate);
    if (errors.length > 0) return fieldErrors(errors);
    const b = ctx.body.value as LegacyAuthInitiateRequest;
    return enrollmentProblem(b.enrollmentTransactionReference) ?? startAuthentication(ctx, b);
  };

  const v4Initiate = (ctx: Ctx): Reply => {
    const denied = requireBasic(ctx);
    if (denied) return denied;
    const errors = validated(ctx, validateLegacyV4Initiate);
    const b = ctx.body.value as LegacyV4InitiateRequest;
    // Real-world code also starts an authentication through the v4 initiate, with the enrolment reference.
    const ref = isPlainObject(b) ? b.enrollmentTransactionReference : undefined;
    const refField = LEGACY.enrollmentTransactionReference;
    if (ref !== undefined && (typeof ref !== 'string' || ref.length === 0 || ref.length > LEGACY_AUTH_LIMITS.enrollmentTransactionReference)) {
      errors.push({ field: refField, message: `${refField} must be a string of 1 to ${LEGACY_AUTH_LIMITS.enrollmentTransactionReference} characters` });
    }
    if (errors.length > 0) return fieldErrors(errors);
    if (ref !== undefined) return enrollmentProblem(ref) ?? startAuthentication(ctx, { ...b, enrollmentTransactionReference: ref });
    const t = state.add<VerificationTransaction>({
      kind: 'verification',
      customerInternalReference: b.customerInternalReference,
      reportingCriteria: b.reportingCriteria,
      workflowId: b.workflowId,
      identityMatch: false,
      callbackUrl: b.callbackUrl,
      successUrl: b.successUrl,
      errorUrl: b.errorUrl,
      userReference: b.userReference,
      locale: b.locale ?? DEFAULT_LOCALE,
      tokenExpiresAt: ctx.settings.clock.now() + (b.tokenLifetimeInMinutes ?? TOKEN_LIFETIME_MINUTES.default) * 60_000,
    });
    return jsonReply(initiateResponse(ctx.settings.links, t, ctx.settings.clock.iso()));
  };

  const retrieval = (ctx: Ctx): Reply => {
    const denied = requireBasic(ctx);
    if (denied) return denied;
    const t = state.transactions.get(ctx.params.reference);
    if (!t || t.kind !== 'authentication') return errorReply(404, 'transaction not found');
    state.refresh(t);
    const rest = ctx.params.rest ?? '';
    if (rest === '') return jsonReply(retrievalBody(ctx.settings.links, t));
    const image = /^images\/(face|liveness\/[1-9][0-9]*)$/.exec(rest);
    if (!image || !(t.result === 'PASSED' || t.result === 'FAILED')) return errorReply(404, 'image not found');
    return { status: 200, headers: { 'content-type': 'image/png' }, body: TINY_PNG };
  };

  return [
    ...LEGACY_AUTH_INITIATE_PATHS.map((path): Route => ({ id: 'legacyInitiate', method: 'POST', pattern: exactPath(path), handler: authInitiate })),
    { id: 'legacyV4Initiate', method: 'POST', pattern: exactPath(LEGACY_V4_INITIATE_PATH), handler: v4Initiate },
    {
      id: 'legacyRetrieval',
      method: 'GET',
      pattern: prefixPattern(LEGACY_AUTH_RETRIEVAL_PREFIX, '(?<reference>[^/]+)(?:/(?<rest>.+?))?/?$'),
      handler: retrieval,
    },
  ];
}
