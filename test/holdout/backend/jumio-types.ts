export interface JumioAuthInitResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export interface JumioInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export interface AuthInitRequest {
  enrollmentTransactionReference: string;
  userReference?: string;
  successUrl?: string;
  errorUrl?: string;
  callbackUrl?: string;
  locale?: string;
  tokenLifetimeInMinutes?: number;
}
