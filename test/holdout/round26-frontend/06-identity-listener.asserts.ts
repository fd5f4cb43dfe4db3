// Listens for the identity web client's events; the parsed message is checked by an assertion function.
interface FrameEvent {
  transactionReference: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

function assertFrameEvent(x: unknown): asserts x is FrameEvent {
  if (typeof x !== 'object' || x === null || !('transactionReference' in x) || !('payload' in x)) {
    throw new TypeError('not an identity frame event');
  }
}

export function listenForIdentity(onDone: (reference: string) => void): () => void {
  const handler = (event: MessageEvent<string>): void => {
    if (!event.origin.includes('netverify.com')) return;
    const parsed: unknown = JSON.parse(event.data);
    assertFrameEvent(parsed);
    if (parsed.payload.value === 'success') onDone(parsed.transactionReference);
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}
