// The same scheme-and-suffix check on another vendor's host: not Jumio's, left alone.
export function listenCheckout(onDone: (reference: string) => void): void {
  window.addEventListener('message', (event: MessageEvent<string>) => {
    if (!event.origin.startsWith('https://') || !event.origin.endsWith('.checkout-psp.example')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') onDone(data.transactionReference);
  });
}
