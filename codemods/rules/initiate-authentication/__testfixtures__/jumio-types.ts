// Support file: the legacy response type, imported by region-switch-lambda.
export interface JumioResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}
