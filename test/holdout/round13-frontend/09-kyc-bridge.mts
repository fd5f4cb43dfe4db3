// Bridge between our checkout shell and the Netverify authentication frame (ES module, .mts).
export interface KycCallbacks {
  onVerified(reference: string): void;
  onRetry(message: string): void;
}

const FRAME_ORIGIN = 'https://acme.netverify.com';

export function attachKycBridge(frame: HTMLIFrameElement, cb: KycCallbacks): () => void {
  frame.allow = 'camera;fullscreen';
  const ac = new AbortController();
  window.addEventListener(
    'message',
    (event: MessageEvent<string>) => {
      if (event.origin !== FRAME_ORIGIN) return;
      const msg = JSON.parse(event.data);
      switch (msg.payload.value) {
        case 'loaded':
          break;
        case 'success':
          cb.onVerified(msg.transactionReference);
          break;
        case 'error':
          switch (msg.payload.metainfo?.code) {
            case 9820:
              cb.onRetry('Please allow camera access.');
              break;
            case 9836:
              cb.onRetry('We could not verify you after three attempts.');
              break;
            default:
              cb.onRetry('Something went wrong.');
          }
      }
    },
    { signal: ac.signal },
  );
  return () => ac.abort();
}
