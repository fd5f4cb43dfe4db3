// Hand-written declarations of the legacy initiate (a declaration file: the codemod never edits it).
export interface LegacyInitiateAnswer {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}
