// Legacy form-encoded Authentication callback ↔ KYX JSON callback, and legacy transactionResult derivation.
import { LEGACY, KYX } from './field-names.js';
import type { KyxAuthenticationCapability, KyxWorkflowDetails, KyxWorkflowStatus } from './kyx-types.js';
import { LEGACY_CALLBACK_TYPE_AUTHENTICATION, type LegacyAuthCallback, type LegacyTransactionResult } from './legacy-types.js';

export type MappingCertainty = 'exact' | 'derived' | 'lost';

export interface CallbackFieldMapping {
  legacy: string;
  /** Where it is now: a callback path, a retrieval path, or undefined when it cannot be rebuilt from Jumio data. */
  kyx: string | undefined;
  certainty: MappingCertainty;
  note: string;
}

/** jumio-api-facts §5.7. */
export const AUTH_CALLBACK_FIELDS: readonly CallbackFieldMapping[] = [
  { legacy: LEGACY.callbackDate, kyx: KYX.callbackSentAt, certainty: 'exact', note: 'renamed' },
  { legacy: LEGACY.transactionReference, kyx: `${KYX.workflowExecution}.${KYX.id}`, certainty: 'exact', note: 'renamed' },
  { legacy: LEGACY.enrollmentTransactionReference, kyx: undefined, certainty: 'lost', note: 'closest is account.id; keep your own mapping' },
  { legacy: LEGACY.transactionResult, kyx: 'retrieval capabilities.authentication[].decision.type', certainty: 'derived', note: 'not in the callback: call retrieval' },
  { legacy: LEGACY.transactionDate, kyx: 'retrieval createdAt', certainty: 'derived', note: 'retrieval call needed' },
  { legacy: LEGACY.scanSource, kyx: undefined, certainty: 'lost', note: 'not stated anywhere in the new API' },
  { legacy: LEGACY.callBackType, kyx: `${KYX.workflowExecution}.${KYX.definitionKey}`, certainty: 'derived', note: '"9" for authentication' },
  { legacy: LEGACY.idScanImageFace, kyx: 'retrieval credentials[SELFIE].parts[FACE].href', certainty: 'derived', note: 'Bearer-authenticated retrieval' },
  { legacy: LEGACY.livenessImages, kyx: 'retrieval credentials[FACEMAP].parts[LIVENESS_n] (newer docs only)', certainty: 'derived', note: 'not in the GitHub guides' },
  { legacy: LEGACY.userReference, kyx: KYX.userReference, certainty: 'exact', note: 'unchanged' },
];

/** Names that, read together in a request handler, identify a legacy Authentication callback. */
export const LEGACY_AUTH_CALLBACK_FIELD_NAMES: readonly string[] = AUTH_CALLBACK_FIELDS.map((f) => f.legacy);
export { LEGACY_CALLBACK_TYPE_AUTHENTICATION };

/** Legacy transactionResult from a KYX workflow status and authentication decision (jumio-api-facts §5.8).
 * Decisions: PROCESSED + PASSED → PASSED; PROCESSED + REJECTED → FAILED; PROCESSED + NOT_EXECUTED → INVALID;
 * SESSION_EXPIRED / TOKEN_EXPIRED → EXPIRED; INITIATED → CREATED; ACQUIRED → STARTED. */
export function legacyTransactionResult(
  status: KyxWorkflowStatus,
  decision: KyxAuthenticationCapability['decision']['type'] | undefined,
): LegacyTransactionResult {
  switch (status) {
    case 'INITIATED':
      return 'CREATED';
    case 'ACQUIRED':
      return 'STARTED';
    case 'SESSION_EXPIRED':
    case 'TOKEN_EXPIRED':
      return 'EXPIRED';
    case 'PROCESSED':
      if (decision === 'PASSED') return 'PASSED';
      if (decision === 'REJECTED') return 'FAILED';
      return 'INVALID';
  }
}

/** The authentication decision of a workflow details response (first authentication capability). */
export function authenticationDecision(details: KyxWorkflowDetails): KyxAuthenticationCapability['decision']['type'] | undefined {
  return details.capabilities.authentication?.[0]?.decision.type;
}

export interface LegacyCallbackContext {
  enrollmentTransactionReference: string;
  /** Lost in KYX; the shim reports WEB for web-initiated authentications. */
  scanSource?: 'SDK' | 'WEB';
  callbackDate?: Date;
}

/** Rebuild a legacy authentication callback from KYX retrieval details plus what the shim stored. */
export function toLegacyAuthCallback(details: KyxWorkflowDetails, ctx: LegacyCallbackContext): LegacyAuthCallback {
  const result = legacyTransactionResult(details.workflow.status, authenticationDecision(details));
  const face = details.credentials
    .find((c) => c.category === 'SELFIE')
    ?.parts?.find((p) => p.classifier === 'FACE')?.href;
  const callback: LegacyAuthCallback = {
    callbackDate: (ctx.callbackDate ?? new Date()).toISOString(),
    transactionReference: details.workflow.id,
    enrollmentTransactionReference: ctx.enrollmentTransactionReference,
    transactionResult: result === 'CREATED' || result === 'STARTED' ? 'INVALID' : result,
    transactionDate: details.createdAt,
    scanSource: ctx.scanSource ?? 'WEB',
    callBackType: LEGACY_CALLBACK_TYPE_AUTHENTICATION,
  };
  if (face) callback.idScanImageFace = face;
  if (details.workflow.userReference) callback.userReference = details.workflow.userReference;
  return callback;
}

/** Encode a legacy callback as the form body Jumio sent. */
export function encodeLegacyCallback(callback: LegacyAuthCallback): string {
  return new URLSearchParams(Object.entries(callback).filter(([, v]) => v !== undefined) as [string, string][]).toString();
}
