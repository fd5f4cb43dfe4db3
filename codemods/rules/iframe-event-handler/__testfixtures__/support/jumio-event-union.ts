// A discriminated union of the web client's events, the reference on a shared (unexported) base.
interface JumioEventBase {
  transactionReference: string;
  eventType: 510;
  dateTime: string;
}
export interface JumioLoaded extends JumioEventBase {
  payload: { value: 'loaded' };
}
export interface JumioFailed extends JumioEventBase {
  payload: { value: 'error'; metainfo: { code: number } };
}
export type JumioEvent = JumioLoaded | JumioFailed;
