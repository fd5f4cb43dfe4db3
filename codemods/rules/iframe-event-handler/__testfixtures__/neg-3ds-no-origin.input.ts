// Payment widget iframe: no origin check, same field names as the Jumio events.
window.addEventListener('message', (event: MessageEvent) => {
  const data = JSON.parse(event.data);
  if (data.transactionReference && data.payload.value === 'success') {
    completeCheckout(data.transactionReference);
  }
});

declare function completeCheckout(reference: string): void;
