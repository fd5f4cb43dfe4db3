// Global declarations of the vendor's retrieval API from the service's old typings folder (ambient: no import or
// export, brought in by a triple-slash reference; no runtime code).
declare namespace NetverifyApi {
  /** GET /api/netverify/v2/authentications/{transactionReference} */
  interface AuthenticationDetails {
    transactionReference: string;
    transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
    transactionDate: string;
    userReference?: string;
  }
}
