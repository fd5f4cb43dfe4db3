// Identity check bridge of the onboarding SPA: hides the frame when the web client is done and reports the outcome
// to our own API. Success and error end the step the same way, so they share one case.
window.addEventListener('message', ({ data, origin }) => {
  if (!/^https:\/\/[a-z0-9-]+\.netverify\.com$/.test(origin)) return;
  const msg = typeof data === 'string' ? JSON.parse(data) : null;
  if (!msg || !msg.payload) return;

  switch (msg.payload.value) {
    case 'loaded':
      document.body.dataset.identityStep = 'ready';
      break;
    case 'success':
    case 'error':
      document.getElementById('identity-frame').hidden = true;
      report(msg);
      break;
    default:
      break;
  }
});

function report(event) {
  const outcome = event.payload.value;
  return fetch('/api/onboarding/identity-outcome', {
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
