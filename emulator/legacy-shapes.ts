// Response, retrieval and callback bodies of the legacy Netverify API (jumio-api-facts §1.5, §3.1, §3.2;
// v4 facts §1.6, §3), typed with api/'s legacy types.
import {
  LEGACY,
  LEGACY_AUTH_RETRIEVAL_PREFIX,
  LEGACY_CALLBACK_TYPE_AUTHENTICATION,
  LEGACY_CALLBACK_TYPE_ID_VERIFICATION,
  WEB_CLIENT_APP_PATH,
  encodeLegacyCallback,
  type LegacyAuthCallback,
  type LegacyAuthRetrieval,
  type LegacyInitiateResponse,
  type LegacyV4Callback,
} from '../api/index.js';
import type { Settings } from './context.js';
import type { AuthTransaction, LegacyTransaction, VerificationTransaction } from './legacy-state.js';

type Links = Settings['links'];
/** How many liveness images a finished authentication reports (the count varies in reality). */
const LIVENESS_IMAGES = 2;

export function redirectUrl(links: Links, t: LegacyTransaction): string {
  const q = new URLSearchParams();
  q.set(LEGACY.authorizationToken, t.authorizationToken);
  q.set(LEGACY.locale, t.locale);
  return `${links.web}${WEB_CLIENT_APP_PATH}?${q.toString()}`;
}

export function initiateResponse(links: Links, t: LegacyTransaction, timestamp: string): LegacyInitiateResponse {
  return { timestamp, redirectUrl: redirectUrl(links, t), transactionReference: t.reference };
}

function imagesBase(links: Links, t: AuthTransaction): string {
  return `${links.api}${LEGACY_AUTH_RETRIEVAL_PREFIX}${t.reference}/images`;
}

function hasImages(t: AuthTransaction): boolean {
  return t.result === 'PASSED' || t.result === 'FAILED';
}

/** Legacy retrieval's transactionDate: the sample has no Z (`2019-05-23T14:32:27.534`); the table says …SSSZ.
 *  The emulator follows the table. */
export function retrievalBody(links: Links, t: AuthTransaction): LegacyAuthRetrieval {
  const body: LegacyAuthRetrieval = {
    transactionReference: t.reference,
    enrollmentTransactionReference: t.enrollmentReference,
    transactionResult: t.result,
    transactionDate: t.createdAt,
    scanSource: 'WEB',
  };
  if (t.userReference !== undefined) body.userReference = t.userReference;
  if (hasImages(t)) {
    body.images = [{ classifier: 'face', href: `${imagesBase(links, t)}/face` }];
    body.livenessImages = Array.from({ length: LIVENESS_IMAGES }, (_, i) => `${imagesBase(links, t)}/liveness/${i + 1}`);
  }
  return body;
}

export function authCallbackForm(links: Links, t: AuthTransaction, callbackDate: string): URLSearchParams {
  const result = t.result === 'CREATED' || t.result === 'STARTED' ? 'INVALID' : t.result;
  const cb: LegacyAuthCallback = {
    callbackDate,
    transactionReference: t.reference,
    enrollmentTransactionReference: t.enrollmentReference,
    transactionResult: result,
    transactionDate: t.createdAt,
    scanSource: 'WEB',
    callBackType: LEGACY_CALLBACK_TYPE_AUTHENTICATION,
  };
  if (hasImages(t)) {
    cb.idScanImageFace = `${imagesBase(links, t)}/face`;
    cb.livenessImages = JSON.stringify(Array.from({ length: LIVENESS_IMAGES }, (_, i) => `${imagesBase(links, t)}/liveness/${i + 1}`));
  }
  if (t.userReference !== undefined) cb.userReference = t.userReference;
  return new URLSearchParams(encodeLegacyCallback(cb));
}

export function v4CallbackForm(t: VerificationTransaction, callbackDate: string): URLSearchParams {
  const status = t.verificationStatus ?? 'NO_ID_UPLOADED';
  const cb: LegacyV4Callback = {
    callBackType: LEGACY_CALLBACK_TYPE_ID_VERIFICATION,
    jumioIdScanReference: t.reference,
    verificationStatus: status,
    idScanStatus: status === 'APPROVED_VERIFIED' ? 'SUCCESS' : 'ERROR',
    idScanSource: 'WEB',
    transactionDate: t.createdAt,
    callbackDate,
    merchantIdScanReference: t.customerInternalReference,
  };
  if (t.userReference !== undefined) cb.customerId = t.userReference;
  if (status === 'APPROVED_VERIFIED') {
    cb.identityVerification = JSON.stringify(t.identityMatch ? { similarity: 'MATCH', validity: 'TRUE' } : { similarity: 'NOT_POSSIBLE', validity: 'FALSE' });
  }
  return new URLSearchParams(Object.entries(cb).filter(([, v]) => v !== undefined) as [string, string][]);
}
