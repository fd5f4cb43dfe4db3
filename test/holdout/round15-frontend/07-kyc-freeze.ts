// Identity-check events are frozen before they are handed to the store (no component may mutate them).
interface JumioFrameEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code?: number } };
}

export function listenToKyc(onDone: (reference: string) => void, onError: (code?: number) => void): () => void {
  const handler = (event: MessageEvent<string>) => {
    if (!new URL(event.origin).hostname.endsWith('netverify.com')) return;
    const data = Object.freeze(JSON.parse(event.data) as JumioFrameEvent);
    if (data.payload.value === 'success') onDone(data.transactionReference);
    else if (data.payload.value === 'error') onError(data.payload.metainfo?.code);
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}
