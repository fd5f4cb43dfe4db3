// Typed events of the Jumio Netverify web client (legacy Authentication).
type Base = { authorizationToken: string; transactionReference: string; eventType: 510; dateTime: string };

export type NetverifyEvent =
  | (Base & { payload: { value: 'loaded' } })
  | (Base & { payload: { value: 'success' } })
  | (Base & { payload: { value: 'error'; metainfo: { code: number } } });

export function listen(onResult: (ok: boolean, ref: string, code?: number) => void): () => void {
  const handler = (event: MessageEvent<string>) => {
    const data = JSON.parse(event.data) as NetverifyEvent;
    switch (data.payload.value) {
      case 'success':
        onResult(true, data.transactionReference);
        break;
      case 'error':
        onResult(false, data.transactionReference, data.payload.metainfo.code);
        break;
    }
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}
