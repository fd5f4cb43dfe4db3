// Shapes of the Jumio Netverify responses the services read.
export interface FaceLoginStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export interface IdvInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export interface AuthenticationDetails {
  transactionReference: string;
  enrollmentTransactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}
