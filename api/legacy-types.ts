// Shapes of the legacy Netverify API (jumio-api-facts §1–3; v4 facts §1).

/** POST /api/authentication/v1/web/initiate body. */
export interface LegacyAuthInitiateRequest {
  enrollmentTransactionReference: string;
  callbackUrl?: string;
  successUrl?: string;
  errorUrl?: string;
  userReference?: string;
  locale?: string;
  tokenLifetimeInMinutes?: number;
}

/** Response of both legacy initiates. */
export interface LegacyInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export interface LegacyPreset {
  index: number;
  country: string;
  type: 'PASSPORT' | 'DRIVING_LICENSE' | 'ID_CARD' | string;
}

/** POST /api/v4/initiate body (enrolment). */
export interface LegacyV4InitiateRequest {
  customerInternalReference: string;
  userReference: string;
  reportingCriteria?: string;
  successUrl?: string;
  errorUrl?: string;
  callbackUrl?: string;
  workflowId?: number;
  presets?: LegacyPreset[];
  locale?: string;
  tokenLifetimeInMinutes?: number;
  /** Present when a v4 initiate is used for an authentication (real-world code does this). */
  enrollmentTransactionReference?: string;
}

/** iFrame postMessage event.data (after JSON.parse). */
export interface LegacyIframeEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
  /** v4 (ID verification) client only. */
  customerInternalReference?: string;
}

export type LegacyTransactionResult = 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';

/** Form-encoded authentication callback fields (all strings on the wire). */
export interface LegacyAuthCallback {
  callbackDate: string;
  transactionReference: string;
  enrollmentTransactionReference: string;
  transactionResult: Exclude<LegacyTransactionResult, 'CREATED' | 'STARTED'>;
  transactionDate: string;
  scanSource: 'SDK' | 'WEB';
  callBackType: 'NETVERIFY_AUTHENTICATION';
  idScanImageFace?: string;
  /** JSON array of URLs, as a string inside the form field. */
  livenessImages?: string;
  userReference?: string;
}

/** GET /api/netverify/v2/authentications/{ref} response. */
export interface LegacyAuthRetrieval {
  transactionReference: string;
  enrollmentTransactionReference: string;
  transactionResult: LegacyTransactionResult;
  transactionDate: string;
  scanSource: 'SDK' | 'WEB';
  userReference?: string;
  images?: { classifier: string; href: string }[];
  livenessImages?: string[];
}

export const LEGACY_CALLBACK_TYPE_AUTHENTICATION = 'NETVERIFY_AUTHENTICATION';
