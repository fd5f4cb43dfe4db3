// app/modifiers/kyc-frame.js: {{kyc-frame this.redirectUrl onDone=this.finish}} on the <iframe>.
import { modifier } from 'ember-modifier';

export default modifier((element, [url], { onDone }) => {
  element.setAttribute('src', url);
  element.setAttribute('allow', 'camera;fullscreen');

  const handler = (event) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') onDone(data.transactionReference);
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
});
