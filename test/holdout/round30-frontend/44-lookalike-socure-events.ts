// Listener of the Socure document-verification frame (DocV web SDK in an iframe). Socure posts one message per step.
export interface SocureFrameEvent {
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

export interface DocvResult {
  ok: boolean;
  reference: string;
  retry: boolean;
}

export function watchSocureFrame(onResult: (result: DocvResult) => void): () => void {
  const listener = (event: MessageEvent<string>) => {
    if (!event.origin.endsWith('.socure.com')) return;
    let data: SocureFrameEvent;
    try {
      data = JSON.parse(event.data) as SocureFrameEvent;
    } catch {
      return;
    }
    if (data.payload.value === 'success') onResult({ ok: true, reference: data.transactionReference, retry: false });
    if (data.payload.value === 'error') {
      onResult({ ok: false, reference: data.transactionReference, retry: data.payload.metainfo?.code === 7001 });
    }
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
