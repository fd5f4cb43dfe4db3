// app/modifiers/three-ds-challenge.js: the card issuer's 3-D Secure challenge frame.
import { modifier } from 'ember-modifier';

export default modifier((element, [acsUrl], { onResult }) => {
  element.setAttribute('src', acsUrl);
  element.setAttribute('allow', 'payment');

  const handler = (event) => {
    if (event.origin !== 'https://acs.issuer-bank.example') return;
    const data = JSON.parse(event.data);
    onResult({ status: data.transStatus, reference: data.transactionReference, value: data.payload.value });
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
});
