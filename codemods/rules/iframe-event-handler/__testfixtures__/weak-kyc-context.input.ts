// The legacy event's shape (transactionReference + payload.value) in identity-check code, with nothing that
// proves the sender (no origin check, no Jumio name): flagged for a human, not rewritten.
export function useIdentityFrame(onVerified: (ref: string) => void) {
  const listener = (event: MessageEvent) => {
    const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    if (data.payload && data.payload.value === 'success') onVerified(data.transactionReference);
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}

export class KycBridge {
  constructor() {
    window.addEventListener('message', this.handle);
  }

  handle = (e: MessageEvent) => {
    const msg = JSON.parse(e.data);
    if (msg.payload.value === 'error') console.warn('failed', msg.transactionReference);
  };
}
