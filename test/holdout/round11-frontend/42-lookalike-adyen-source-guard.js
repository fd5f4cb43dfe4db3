// Adyen 3DS2 challenge: the result comes from the challenge frame.
const challenge = document.querySelector('iframe#adyen-challenge');
challenge.setAttribute('allow', 'payment');

window.addEventListener('message', (event) => {
  if (event.source !== challenge.contentWindow) return;
  const data = JSON.parse(event.data);
  if (data.type !== 'challengeResult') return;
  if (data.payload.value === 'success') {
    document.forms.checkout.elements.pspReference.value = data.transactionReference;
    document.forms.checkout.submit();
  }
});
