// Shapes of the Jumio Netverify requests and answers the pension services read (shared by several modules).
export interface JumioAuthInitiateRequest {
  enrollmentTransactionReference: string;
  userReference?: string;
  successUrl?: string;
  errorUrl?: string;
  locale?: string;
  tokenLifetimeInMinutes?: number;
}

export interface JumioAuthInitiateResponse {
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

// The KYX workflow details the newer jobs read (retrieval API).
export interface KyxWorkflowDetails {
  workflow: { id: string; status: string; userReference?: string };
  capabilities?: { authentication?: { decision: { type: string } }[] };
  createdAt?: string;
}
