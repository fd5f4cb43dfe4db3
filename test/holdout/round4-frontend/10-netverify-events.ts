// Types of the events the Netverify authentication client posts to the embedding page.
export type NetverifyEventValue = 'loaded' | 'success' | 'error';

interface NetverifyEventBase {
  authorizationToken: string;
  transactionReference: string;
  eventType: 510;
  dateTime: string;
}

export interface NetverifyLoaded extends NetverifyEventBase {
  payload: { value: 'loaded' };
}

export interface NetverifySuccess extends NetverifyEventBase {
  payload: { value: 'success' };
}

export interface NetverifyError extends NetverifyEventBase {
  payload: { value: 'error'; metainfo: { code: number } };
}

export type NetverifyEvent = NetverifyLoaded | NetverifySuccess | NetverifyError;
