// Typed handling of the Jumio web client's iframe events.
export interface JumioFrameEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: 510;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

export function isJumioFrameEvent(x: unknown): x is JumioFrameEvent {
  return typeof x === 'object' && x !== null && 'transactionReference' in x && 'payload' in x;
}

export function listenToJumio(onResult: (ok: boolean, reference: string) => void): () => void {
  function handle(event: MessageEvent) {
    if (typeof event.data !== 'string') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(event.data);
    } catch {
      return;
    }
    if (!isJumioFrameEvent(parsed)) return;
    if (parsed.payload.value === 'loaded') return;
    onResult(parsed.payload.value === 'success', parsed.transactionReference);
  }
  window.addEventListener('message', handle);
  return () => window.removeEventListener('message', handle);
}
