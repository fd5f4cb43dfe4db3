// Types of the vendor's legacy face-login API, hand-written from the vendor's guides in 2020 and kept beside the code
// that calls it (a declaration module: no runtime code; the payee service and the transfer callback import it).

/** Body of POST /api/authentication/v1/web/initiate. */
export interface AuthenticationInitiateRequest {
  enrollmentTransactionReference: string;
  userReference?: string;
  callbackUrl?: string;
  successUrl?: string;
  errorUrl?: string;
  locale?: string;
  tokenLifetimeInMinutes?: number;
}

/** The vendor's answer to the initiate. */
export interface AuthenticationInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

/** The form the vendor posts to the callbackUrl once a face login is decided. */
export interface AuthenticationCallbackForm {
  callBackType: 'NETVERIFY_AUTHENTICATION';
  callbackDate: string;
  transactionReference: string;
  enrollmentTransactionReference: string;
  transactionResult: 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  scanSource: 'WEB' | 'SDK';
  userReference?: string;
  idScanImageFace?: string;
  livenessImages?: string;
}
