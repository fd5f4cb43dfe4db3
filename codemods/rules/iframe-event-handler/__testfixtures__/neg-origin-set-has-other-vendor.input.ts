// A Set of another vendor's origins: the handler is not Jumio's (its check vetoes it), left alone even though it reads
// a transactionReference field.
const CHECKOUT_ORIGINS = new Set(['https://pay.example-psp.com']);

export function listenCheckout(onDone: (reference: string) => void): void {
  window.addEventListener('message', (event: MessageEvent<string>) => {
    if (!CHECKOUT_ORIGINS.has(event.origin)) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') onDone(data.transactionReference);
  });
}
