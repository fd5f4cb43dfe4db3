// <kyc-frame src="…"> built with haunted (hooks for web components) and lit-html.
import { html } from 'lit-html';
import { component, useEffect, useState } from 'haunted';

function KycFrame({ src }) {
  const [reference, setReference] = useState('');

  useEffect(() => {
    function onMessage(event) {
      if (event.origin.indexOf('netverify.com') === -1) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') {
        setReference(data.transactionReference);
        this.dispatchEvent(new CustomEvent('verified', { detail: data.transactionReference, bubbles: true }));
      }
    }
    const bound = onMessage.bind(this);
    window.addEventListener('message', bound);
    return () => window.removeEventListener('message', bound);
  }, []);

  return reference
    ? html`<p>Thanks, your reference is ${reference}.</p>`
    : html`<iframe src=${src} allow="camera;fullscreen" allowfullscreen width="100%" height="640"></iframe>`;
}

customElements.define('kyc-frame', component(KycFrame));
