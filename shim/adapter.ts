// The in-process legacy adapter: legacy request bodies in, legacy response shapes out, KYX in between.
// Order for every call: legacy validation (legacy limits, then what KYX cannot hold, e.g. successUrl > 255) →
// store lookup (unknown enrollment → 404 before any upstream call) → mapping (api/) → idempotent KYX call.
import {
  DEFAULT_AUTH_WORKFLOW,
  LEGACY,
  kyxFitErrors,
  toKyxAuthenticationRequest,
  toKyxEnrollmentRequest,
  toLegacyAuthRetrieval,
  toLegacyInitiateResponse,
  validateLegacyAuthInitiate,
  validateLegacyV4Initiate,
  type AuthWorkflowStyle,
  type FieldError,
  type KyxAccountResponse,
  type KyxRegion,
  type LegacyAuthInitiateRequest,
  type LegacyAuthRetrieval,
  type LegacyInitiateResponse,
  type LegacyV4InitiateRequest,
} from '../api/index.js';
import { LegacyApiError } from './errors.js';
import { runOnce, type IdempotencyOptions } from './idempotency.js';
import { KyxCallError, KyxClient, kyxEndpointsFor, type KyxClientOptions, type KyxEndpoints } from './kyx-client.js';
import { silentLogger, type Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import type { AuthenticationRecord, Store } from './store/types.js';
import type { OAuthClient } from './token-manager.js';
import { toLegacyError } from './upstream-errors.js';

export interface LegacyAdapterOptions {
  store: Store;
  /** The OAuth2 client (portal "OAuth2 Clients" pair) used when a call names none. */
  client: OAuthClient;
  /** Region of new enrolments (default amer-1). Authentications use the region stored with the enrolment. */
  region?: KyxRegion;
  /** Override every KYX endpoint (tests, the emulator). Default: the api/ hosts of the region. */
  endpoints?: KyxEndpoints;
  /** `User-Agent` sent to KYX (the vendor requires it to name the business). */
  userAgent?: string;
  /** Authentication workflow: key 9 with the enrolment's ID credential (default), key 16/10014, or no credentials. */
  workflow?: AuthWorkflowStyle;
  /** customerInternalReference: default = userReference, else the enrollment reference (DESIGN decision). */
  customerInternalReference?: (legacy: LegacyAuthInitiateRequest) => string;
  /** Proxy mode: send this callbackUrl to KYX (the shim's /callbacks/kyx) and keep the caller's in the store. */
  callbackRelayUrl?: string;
  /** De-duplicate callers' retries through the store (default on). */
  idempotency?: IdempotencyOptions | false;
  /** Timeouts, connection bound… of the KYX client. */
  kyxClient?: Partial<Omit<KyxClientOptions, 'endpoints' | 'userAgent' | 'logger' | 'metrics'>>;
  logger?: Logger;
  metrics?: Metrics;
}

/** Per-call context: who is calling (for idempotency), their Idempotency-Key, the OAuth2 client mapped to them. */
export interface CallContext {
  caller?: string;
  idempotencyKey?: string;
  client?: OAuthClient;
}

export interface LegacyAdapter {
  initiateAuthentication(legacyBody: unknown, ctx?: CallContext): Promise<LegacyInitiateResponse>;
  initiateEnrollment(legacyBody: unknown, ctx?: CallContext): Promise<LegacyInitiateResponse>;
  retrieveAuthentication(reference: string, ctx?: CallContext): Promise<LegacyAuthRetrieval>;
  /** The KYX client of a region (the callback relay uses it for retrieval). */
  kyxFor(region: KyxRegion): KyxClient;
  readonly options: LegacyAdapterOptions;
  close(): Promise<void>;
}

export const DEFAULT_USER_AGENT = 'netverify-migrate-shim/0.1';

function firstError(errors: FieldError[]): LegacyApiError | undefined {
  const e = errors[0];
  return e ? new LegacyApiError(400, e.message, { field: e.field }) : undefined;
}

export function createLegacyAdapter(options: LegacyAdapterOptions): LegacyAdapter {
  const log = options.logger ?? silentLogger;
  const clients = new Map<string, KyxClient>();
  const defaultRegion: KyxRegion = options.region ?? 'amer-1';

  const kyxFor = (region: KyxRegion): KyxClient => {
    const key = options.endpoints ? '*' : region;
    let c = clients.get(key);
    if (!c) {
      c = new KyxClient({
        ...options.kyxClient,
        endpoints: options.endpoints ?? kyxEndpointsFor(region),
        userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
        logger: log,
        metrics: options.metrics,
      });
      clients.set(key, c);
    }
    return c;
  };

  const once = async <T extends object>(route: string, body: unknown, ctx: CallContext, accountId: string | null,
    context: string | null, run: () => Promise<T>, created?: () => AuthenticationRecord | undefined): Promise<T> => {
    if (options.idempotency === false) {
      const result = await run().catch((err) => Promise.reject(toLegacyError(err)));
      const rec = created?.();
      if (rec) await options.store.putAuthentication(rec);
      return result;
    }
    return runOnce(options.store, { route, body, caller: ctx.caller ?? 'in-process', idempotencyKey: ctx.idempotencyKey, accountId, context },
      options.idempotency ?? {}, log, run, created);
  };

  /** The authentication core, shared by the Authentication initiate and a v4 initiate that carries an enrolment reference. */
  async function authenticate(route: string, legacy: LegacyAuthInitiateRequest, rawBody: unknown, ctx: CallContext,
    cirOverride?: string): Promise<LegacyInitiateResponse> {
    const ref = legacy.enrollmentTransactionReference;
    const enrollment = await options.store.getEnrollment(ref);
    if (!enrollment) {
      log.info('adapter.unknown_enrollment', { route });
      throw new LegacyApiError(404, `${LEGACY.enrollmentTransactionReference} is not known to the shim (import its KYX account mapping)`, {
        field: LEGACY.enrollmentTransactionReference,
      });
    }
    const kyxBody = toKyxAuthenticationRequest(legacy, {
      credentialId: enrollment.credentialId ?? undefined,
      workflow: options.workflow ?? DEFAULT_AUTH_WORKFLOW,
      customerInternalReference: cirOverride ?? options.customerInternalReference?.(legacy),
    });
    if (options.callbackRelayUrl) kyxBody.callbackUrl = options.callbackRelayUrl;
    const region = enrollment.region as KyxRegion;
    const context = JSON.stringify({ enrollmentReference: ref, callbackUrl: legacy.callbackUrl ?? null,
      userReference: legacy.userReference ?? null, region });
    let created: AuthenticationRecord | undefined;
    return once(route, rawBody, ctx, enrollment.accountId, context, async () => {
      const started = performance.now();
      const res = await kyxFor(region).updateAccount(ctx.client ?? options.client, enrollment.accountId, kyxBody);
      const out = toLegacyOrThrow(res);
      // Recorded with the idempotency outcome, in one transaction.
      created = {
        authenticationReference: res.workflowExecution.id,
        accountId: res.account?.id ?? enrollment.accountId,
        workflowExecutionId: res.workflowExecution.id,
        enrollmentReference: ref,
        callbackUrl: legacy.callbackUrl ?? null,
        userReference: legacy.userReference ?? null,
        region,
      };
      log.info('adapter.authentication_initiated', { route, transactionReference: out.transactionReference, ms: Math.round(performance.now() - started) });
      return out;
    }, () => created);
  }

  function toLegacyOrThrow(res: KyxAccountResponse): LegacyInitiateResponse {
    try {
      return toLegacyInitiateResponse(res);
    } catch (err) {
      // The execution exists but cannot be shown to a legacy caller (no web.href): not retryable blindly.
      throw new KyxCallError('http', (err as Error).message, true, 502);
    }
  }

  return {
    options,
    kyxFor,

    async initiateAuthentication(body, ctx = {}) {
      const invalid = firstError(validateLegacyAuthInitiate(body)) ?? firstError(kyxFitErrors(body as Record<string, unknown>));
      if (invalid) throw invalid;
      return authenticate('auth-initiate', body as LegacyAuthInitiateRequest, body, ctx);
    },

    async initiateEnrollment(body, ctx = {}) {
      const invalid = firstError(validateLegacyV4Initiate(body)) ?? firstError(kyxFitErrors(body as Record<string, unknown>));
      if (invalid) throw invalid;
      const v4 = body as LegacyV4InitiateRequest;
      if (typeof v4.enrollmentTransactionReference === 'string') {
        // A v4 initiate used for an authentication (seen in real code): same core as the Authentication initiate.
        const { customerInternalReference, reportingCriteria, workflowId, presets, ...auth } = v4;
        void reportingCriteria; void workflowId; void presets;
        return authenticate('v4-initiate', auth as LegacyAuthInitiateRequest, body, ctx, customerInternalReference);
      }
      const kyxBody = toKyxEnrollmentRequest(v4);
      return once('v4-initiate', body, ctx, null, null, async () => {
        const res = await kyxFor(defaultRegion).createAccount(ctx.client ?? options.client, kyxBody);
        const out = toLegacyOrThrow(res);
        const idCredential = res.workflowExecution.credentials?.find((c) => c.category === 'ID');
        // The v4 transactionReference is what the legacy app later sends as enrollmentTransactionReference.
        await options.store.putEnrollment({
          enrollmentReference: res.workflowExecution.id,
          accountId: res.account.id,
          credentialId: idCredential?.id ?? null,
          region: defaultRegion,
        });
        log.info('adapter.enrollment_initiated', { transactionReference: out.transactionReference });
        return out;
      });
    },

    async retrieveAuthentication(reference, ctx = {}) {
      if (typeof reference !== 'string' || reference.length === 0 || reference.length > 36)
        throw new LegacyApiError(400, `${LEGACY.transactionReference} must be 1 to 36 characters`, { field: LEGACY.transactionReference });
      const rec = await options.store.getAuthentication(reference);
      if (!rec) throw new LegacyApiError(404, `${LEGACY.transactionReference} not found`, { field: LEGACY.transactionReference });
      try {
        const details = await kyxFor(rec.region as KyxRegion).getWorkflowDetails(ctx.client ?? options.client, rec.accountId, rec.workflowExecutionId);
        return toLegacyAuthRetrieval(details, { enrollmentTransactionReference: rec.enrollmentReference });
      } catch (err) {
        if (err instanceof KyxCallError && err.status === 404)
          throw new LegacyApiError(404, `${LEGACY.transactionReference} not found`, { field: LEGACY.transactionReference });
        throw toLegacyError(err);
      }
    },

    async close() {
      await Promise.all([...clients.values()].map((c) => c.close()));
    },
  };
}
