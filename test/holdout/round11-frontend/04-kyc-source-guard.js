// Onboarding: identity step. The web client's events are recognised by the frame that sent them.
const frame = document.querySelector('iframe#identity-frame');
frame.setAttribute('allow', 'camera;fullscreen');
frame.src = window.__KYC__.redirectUrl;

window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow) return;
  const data = JSON.parse(event.data);
  if (data.eventType !== 510) return;
  if (data.payload.value === 'success') {
    document.forms.onboarding.elements.identityReference.value = data.transactionReference;
    document.forms.onboarding.submit();
  }
});
