export interface JumioIframeEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: string; metainfo?: { code: number } };
}
