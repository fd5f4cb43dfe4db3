// Shapes of the Jumio Netverify responses we consume. Kept by hand (no OpenAPI spec from Jumio for these).
export interface LegacyInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export type Region = 'US' | 'EU' | 'SG';

export interface AuthenticationResult {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
  enrollmentTransactionReference?: string;
}
