interface JumioPayload {
  value: 'loaded' | 'success' | 'error';
  metainfo?: { code: number };
}

interface JumioEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: JumioPayload;
}

export function listen(onSuccess: (reference: string) => void): () => void {
  const handler = (event: MessageEvent) => {
    const data: JumioEvent = JSON.parse(event.data);
    if (data.payload.value === 'success') onSuccess(data.transactionReference);
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}
