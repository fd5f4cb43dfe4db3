// KYX account response → legacy initiate response, and the field table the codemod uses for response reads.
import { LEGACY, KYX } from './field-names.js';
import type { FieldPath } from './request-mapping.js';
import type { KyxAccountResponse } from './kyx-types.js';
import type { LegacyInitiateResponse } from './legacy-types.js';

export interface ResponseFieldMove {
  legacy: string;
  kyx: FieldPath;
  note?: string;
}

/** Legacy initiate response field → where the same value is in the KYX account response. */
export const INITIATE_RESPONSE_FIELD_MOVES: readonly ResponseFieldMove[] = [
  { legacy: LEGACY.redirectUrl, kyx: [KYX.web, KYX.href], note: 'the web-client host changes; use web.href verbatim' },
  { legacy: LEGACY.transactionReference, kyx: [KYX.workflowExecution, KYX.id] },
  { legacy: LEGACY.timestamp, kyx: [KYX.timestamp] },
];

/** New in the KYX response and worth keeping: account.id (needed for every later PUT and for retrieval). */
export const KYX_RESPONSE_NEW_FIELDS: readonly FieldPath[] = [
  [KYX.account, KYX.id],
  [KYX.sdk, KYX.token],
  [KYX.workflowExecution, KYX.credentials],
];

export function findResponseMove(legacyName: string): ResponseFieldMove | undefined {
  return INITIATE_RESPONSE_FIELD_MOVES.find((m) => m.legacy === legacyName);
}

/** KYX account response → legacy `{ timestamp, redirectUrl, transactionReference }`. */
export function toLegacyInitiateResponse(kyx: KyxAccountResponse): LegacyInitiateResponse {
  if (!kyx.web?.href) throw new TypeError('the KYX response has no web.href (is a domain name prefix set in the portal?)');
  return { timestamp: kyx.timestamp, redirectUrl: kyx.web.href, transactionReference: kyx.workflowExecution.id };
}
