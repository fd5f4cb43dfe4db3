// Mounts the Onfido studio flow into a host-provided frame and reports its events.
export interface OnfidoFrameEvent {
  transactionReference: string;
  payload: { value: 'loaded' | 'success' | 'error' };
}

export function mountOnfido(frame: HTMLIFrameElement, workflowUrl: string, onDone: (reference: string) => void): () => void {
  frame.allow = 'camera; fullscreen';
  frame.allowFullscreen = true;
  frame.src = workflowUrl;

  const onMessage = (event: MessageEvent<string>) => {
    if (!event.origin.endsWith('.onfido.com')) return;
    const data = JSON.parse(event.data) as OnfidoFrameEvent;
    if (data.payload.value === 'success') onDone(data.transactionReference);
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
