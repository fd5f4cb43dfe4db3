// Checkout step: listens to the Paystack inline frame's events.
export interface CheckoutCallbacks {
  onLoaded(): void;
  onPaid(reference: string): void;
  onFailed(code: number | undefined, reference: string): void;
}

const FRAME_ORIGIN = /^https:\/\/checkout\.paystack\.com$/;

export function listenToPaystackFrame(callbacks: CheckoutCallbacks): () => void {
  function onFrameMessage(event: MessageEvent): void {
    if (!event.origin.match(FRAME_ORIGIN)) return;
    if (!(event.data && typeof event.data === 'string')) return;
    let data;
    try {
      data = JSON.parse(event.data);
    } catch {
      return;
    }
    const { payload: { value, metainfo } = {}, transactionReference } = data;
    if (value === 'loaded') {
      callbacks.onLoaded();
    } else if (value === 'success') {
      callbacks.onPaid(transactionReference);
    } else if (value === 'error') {
      const code = metainfo?.code;
      if (code === 9836) console.warn('paystack: card declined by the issuer');
      callbacks.onFailed(code, transactionReference);
    }
  }

  window.addEventListener('message', onFrameMessage);
  return () => window.removeEventListener('message', onFrameMessage);
}
