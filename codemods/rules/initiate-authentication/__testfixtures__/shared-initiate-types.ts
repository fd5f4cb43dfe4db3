// Support file for shared-type-imported-flagged.input.ts (not a fixture itself): the response type, in its own module.
export interface JumioInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}
