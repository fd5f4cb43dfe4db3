// Pay-by-link bridge of the invoice SPA: hides the frame when the hosted payment page is done and reports the outcome
// to our own API. Success and error end the step the same way, so they share one case.
window.addEventListener('message', ({ data, origin }) => {
  if (!/^https:\/\/[a-z0-9-]+\.paylink\.example$/.test(origin)) return;
  const msg = typeof data === 'string' ? JSON.parse(data) : null;
  if (!msg || !msg.payload) return;

  switch (msg.payload.value) {
    case 'loaded':
      document.body.dataset.paymentStep = 'ready';
      break;
    case 'success':
    case 'error':
      document.getElementById('payment-frame').hidden = true;
      report(msg);
      break;
    default:
      break;
  }
});

function report(event) {
  const outcome = event.payload.value;
  return fetch('/api/invoices/payment-outcome', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify({
      reference: event.transactionReference,
      outcome,
      code: outcome === 'error' ? event.payload.metainfo.code : null,
    }),
  });
}
