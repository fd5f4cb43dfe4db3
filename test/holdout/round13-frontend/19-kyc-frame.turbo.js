// Rails + Turbo: set up the identity frame (Netverify) on every Turbo visit of the onboarding page.
function onKycMessage(e) {
  if (typeof e.data !== 'string') return;
  const data = JSON.parse(e.data);
  console.debug('kyc event', data.eventType, data.payload.value);
  if (data.payload.value === 'loaded') return;
  const form = document.getElementById('kyc-result');
  form.elements.reference.value = data.transactionReference;
  form.elements.outcome.value = data.payload.value;
  form.requestSubmit();
}

document.addEventListener('turbo:load', () => {
  const frame = document.querySelector('iframe[data-kyc]');
  if (!frame) return;
  frame.setAttribute('allow', 'camera;fullscreen');
  window.addEventListener('message', onKycMessage);
});

document.addEventListener('turbo:before-cache', () => {
  window.removeEventListener('message', onKycMessage);
});
