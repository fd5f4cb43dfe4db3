// Netverify frame events, narrowed with a type predicate before use.
export interface JumioFrameEvent {
  transactionReference: string;
  authorizationToken: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

function isJumioFrameEvent(x: unknown): x is JumioFrameEvent {
  return typeof x === 'object' && x !== null && 'transactionReference' in x && 'payload' in x;
}

export function listenForKyc(onDone: (reference: string) => void): () => void {
  const handler = (event: MessageEvent) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const parsed: unknown = JSON.parse(event.data);
    if (!isJumioFrameEvent(parsed)) return;
    if (parsed.payload.value === 'success') onDone(parsed.transactionReference);
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}
