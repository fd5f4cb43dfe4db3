// Legacy ID Verification (v4 initiate) callback: form-encoded fields the emulator's legacy mode sends for an
// enrolment (jumio-v4-initiate-facts §3, L-CB "Callback for ID Verification"). Only the fields an enrolment
// needs for Authentication are listed: status, identity verification (similarity/validity) and the references.
export const LEGACY_V4_CALLBACK = {
  callBackType: 'callBackType',
  jumioIdScanReference: 'jumioIdScanReference',
  verificationStatus: 'verificationStatus',
  idScanStatus: 'idScanStatus',
  idScanSource: 'idScanSource',
  transactionDate: 'transactionDate',
  callbackDate: 'callbackDate',
  /** = the v4 request's customerInternalReference. */
  merchantIdScanReference: 'merchantIdScanReference',
  /** = the v4 request's userReference. */
  customerId: 'customerId',
  /** JSON string `{"similarity":"MATCH","validity":"TRUE"}`. */
  identityVerification: 'identityVerification',
} as const;

export const LEGACY_CALLBACK_TYPE_ID_VERIFICATION = 'NETVERIFYID';

/** The legacy callback's verificationStatus values (jumio-v4-initiate-facts.md, callback table). */
export const LEGACY_VERIFICATION_STATUSES = [
  'APPROVED_VERIFIED', 'DENIED_FRAUD', 'DENIED_UNSUPPORTED_ID_TYPE', 'DENIED_UNSUPPORTED_ID_COUNTRY', 'ERROR_NOT_READABLE_ID', 'NO_ID_UPLOADED',
] as const;

export type LegacyVerificationStatus = (typeof LEGACY_VERIFICATION_STATUSES)[number];

export interface LegacyV4Callback {
  callBackType: typeof LEGACY_CALLBACK_TYPE_ID_VERIFICATION;
  jumioIdScanReference: string;
  verificationStatus: LegacyVerificationStatus;
  idScanStatus: 'SUCCESS' | 'ERROR';
  idScanSource: 'WEB' | 'SDK' | 'API';
  transactionDate: string;
  callbackDate: string;
  merchantIdScanReference?: string;
  customerId?: string;
  identityVerification?: string;
}

/** An enrolment usable for Authentication (L-AUTH: APPROVED_VERIFIED, similarity MATCH, validity TRUE). */
export function isApprovedEnrollment(c: Pick<LegacyV4Callback, 'verificationStatus' | 'identityVerification'>): boolean {
  if (c.verificationStatus !== 'APPROVED_VERIFIED' || c.identityVerification === undefined) return false;
  try {
    const iv = JSON.parse(c.identityVerification) as { similarity?: string; validity?: string | boolean };
    return iv.similarity === 'MATCH' && String(iv.validity).toUpperCase() === 'TRUE';
  } catch {
    return false;
  }
}
