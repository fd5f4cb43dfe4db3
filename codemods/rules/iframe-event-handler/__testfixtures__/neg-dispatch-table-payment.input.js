// In-app payment sheet: its frame posts { type, transactionReference, payload } messages; one function per type.
const onSheetEvent = {
  'payment.success'(data) {
    fetch('/orders/paid', { method: 'POST', body: JSON.stringify({ reference: data.transactionReference }) });
  },
  'payment.error'(data) {
    console.warn('payment failed', data.payload.value, data.transactionReference);
  },
};

window.addEventListener('message', (event) => {
  const data = JSON.parse(event.data);
  const handle = onSheetEvent[data.type];
  if (handle) handle(data);
});
