export interface JumioIframeEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: string; metainfo?: { code: number } };
}

/** Not the iFrame event: a payment result that happens to carry the same field. */
export interface PaymentResult {
  transactionReference: string;
  amount: number;
}
