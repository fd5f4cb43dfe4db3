// Mounts the Netverify web client into a host-provided frame and reports its events.
export interface NetverifyFrameEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: 510;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

export interface BridgeCallbacks {
  onReady?(): void;
  onSuccess(reference: string): void;
  onError(code: number, retryable: boolean): void;
}

// Netverify error codes after which the user may simply try again.
const JUMIO_RETRYABLE_CODES = [9200, 9210, 9300, 9800, 9810, 9836];

export function mountNetverify(frame: HTMLIFrameElement, redirectUrl: string, callbacks: BridgeCallbacks): () => void {
  frame.allow = 'camera; fullscreen';
  frame.allowFullscreen = true;
  frame.src = redirectUrl;

  const onMessage = (event: MessageEvent<string>) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data) as NetverifyFrameEvent;
    if (!data.transactionReference) return;
    switch (data.payload.value) {
      case 'loaded':
        callbacks.onReady?.();
        break;
      case 'success':
        callbacks.onSuccess(data.transactionReference);
        break;
      case 'error': {
        const code = data.payload.metainfo?.code ?? 9801;
        callbacks.onError(code, JUMIO_RETRYABLE_CODES.includes(code));
        break;
      }
    }
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
