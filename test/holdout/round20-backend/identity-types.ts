// Shapes of the Jumio Netverify answers the identity services read (shared by several modules).
export interface FaceLoginStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export interface V4InitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}
