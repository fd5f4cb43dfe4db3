// Identity-check events are frozen before anything reads them (no component may mutate them).
interface JumioFrameEvent {
  workflowExecutionId: string;
  eventType: number;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code?: number } };
}

export function listenToKyc(onDone: (reference: string) => void): () => void {
  const handler = (event: MessageEvent<string>) => {
    if (!event.origin.endsWith('.jumio.ai')) return;
    const data = Object.freeze(JSON.parse(event.data) as JumioFrameEvent);
    if (data.payload.value === 'success') onDone(data.workflowExecutionId);
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}
