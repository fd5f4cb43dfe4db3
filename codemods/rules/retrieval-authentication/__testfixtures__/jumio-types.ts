// Support file for axios-generic-external-type.input.ts: the legacy retrieval details type, in its own module.
export interface NetverifyAuthentication {
  transactionReference: string;
  transactionResult: string;
  userReference?: string;
  scanSource: 'SDK' | 'WEB';
}
