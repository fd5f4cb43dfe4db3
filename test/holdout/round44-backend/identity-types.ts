// Shapes of the identity vendor's answers and forms, shared by the services of the identity package (online bank,
// branch counters, member app). Keep them in step with the vendor's guides; see docs/identity/README.md.

/** Answer of the face-login (Netverify Authentication) initiate call. */
export interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

/** Details of one face login, as the retrieval API returns them. */
export interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

/** The form the vendor posts to our face-login callback (application/x-www-form-urlencoded). */
export interface FaceLoginCallbackForm {
  callBackType: 'NETVERIFY_AUTHENTICATION';
  callbackDate: string;
  transactionReference: string;
  enrollmentTransactionReference: string;
  transactionResult: 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  scanSource: 'SDK' | 'WEB';
  idScanImageFace?: string;
  livenessImages?: string;
  userReference?: string;
}

/** Answer of the KYX account update that starts a face login (business banking, already on KYX). */
export interface KyxFaceLoginStarted {
  timestamp: string;
  account: { id: string };
  web: { href: string };
  workflowExecution: { id: string };
}
