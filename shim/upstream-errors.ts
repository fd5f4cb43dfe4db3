// KYX failures → legacy-shaped errors: 400 → 400 naming the legacy field, 401/403 → 403, 404 → 404 naming the
// enrollment reference, 429 → 429 with Retry-After, 5xx/network → 502, timeouts → 504, refused connect → 502.
import { AUTH_REQUEST_FIELD_MOVES, LEGACY, V4_REQUEST_FIELD_MOVES } from '../api/index.js';
import { LegacyApiError } from './errors.js';
import { KyxCallError } from './kyx-client.js';

/** The KYX field a 400 names, whatever shape the error body has (`field`, `errors[0].field`, `fieldErrors`…). */
export function kyxErrorField(body: unknown): { field?: string; message?: string } {
  if (typeof body !== 'object' || body === null) return {};
  const b = body as Record<string, unknown>;
  const first = (Array.isArray(b.errors) ? b.errors[0] : Array.isArray(b.fieldErrors) ? b.fieldErrors[0] : undefined) as
    | Record<string, unknown>
    | undefined;
  const field = typeof b.field === 'string' ? b.field : typeof first?.field === 'string' ? first.field : undefined;
  const message = typeof b.message === 'string' ? b.message : typeof first?.message === 'string' ? first.message : undefined;
  return { field, message };
}

/** KYX field path → the legacy field it came from (web.successUrl → successUrl); undefined when it has no legacy source. */
export function legacyFieldFor(kyxField: string): string | undefined {
  for (const move of [...AUTH_REQUEST_FIELD_MOVES, ...V4_REQUEST_FIELD_MOVES]) if (move.kyx.join('.') === kyxField) return move.legacy;
  return undefined;
}

export function toLegacyError(err: unknown): LegacyApiError {
  if (err instanceof LegacyApiError) return err;
  if (!(err instanceof KyxCallError)) return new LegacyApiError(500, 'internal error in the shim');
  switch (err.kind) {
    case 'connect':
      return new LegacyApiError(502, 'the KYX platform could not be reached (nothing was sent)');
    case 'timeout':
      return new LegacyApiError(504, 'the KYX platform did not answer in time');
    case 'network':
      return new LegacyApiError(502, 'the connection to the KYX platform failed');
    case 'http':
      break;
  }
  const status = err.status ?? 502;
  if (status === 400) {
    const { field, message } = kyxErrorField(err.body);
    const legacy = field ? legacyFieldFor(field) : undefined;
    const named = legacy ?? field;
    const text = legacy
      ? `${legacy} was rejected by the KYX platform${message ? `: ${message}` : ''}`
      : // KYX's own reason is kept: a field with no legacy source is not always configuration (workflow 9 on an
        // account whose enrolment never completed is rejected on workflowDefinition.key).
        `the KYX platform rejected the request${field ? ` (field ${field}, which has no legacy counterpart)` : ''}${
          message ? `: ${message}` : field ? ': check the shim configuration' : ''
        }`;
    return new LegacyApiError(400, text, { field: named });
  }
  if (status === 401 || status === 403) return new LegacyApiError(403, 'the KYX platform refused the shim\'s credentials');
  if (status === 404)
    return new LegacyApiError(404, `the KYX account mapped to this ${LEGACY.enrollmentTransactionReference} does not exist`, {
      field: LEGACY.enrollmentTransactionReference,
    });
  if (status === 429) return new LegacyApiError(429, 'the KYX platform is rate limiting; retry later', { retryAfter: err.retryAfter ?? 1 });
  return new LegacyApiError(502, `the KYX platform answered ${status}`);
}
