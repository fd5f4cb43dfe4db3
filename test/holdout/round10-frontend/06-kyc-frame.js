// Preact + htm (no build step): the identity step of the onboarding wizard.
import { html } from 'htm/preact';
import { useEffect } from 'preact/hooks';

export function KycFrame({ url, onDone, onFail }) {
  useEffect(() => {
    function onMessage(event) {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') onDone(data.transactionReference);
      else if (data.payload.value === 'error') onFail(data.payload.metainfo.code);
    }
    addEventListener('message', onMessage);
    return () => removeEventListener('message', onMessage);
  }, [onDone, onFail]);

  return html`
    <div class="kyc">
      <iframe class="kyc__frame" src=${url} allow="camera;fullscreen" allowfullscreen></iframe>
    </div>
  `;
}
