// Identity-check events are frozen before anything reads them (no component may mutate them).
interface JumioFrameEvent {
  transactionReference: string;
  eventType: number;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code?: number } };
}

export function listenToKyc(onDone: (reference: string) => void): () => void {
  const handler = (event: MessageEvent<string>) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = Object.freeze(JSON.parse(event.data) as JumioFrameEvent);
    if (data.payload.value === 'success') onDone(data.transactionReference);
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}
