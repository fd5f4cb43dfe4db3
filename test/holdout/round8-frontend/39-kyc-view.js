import { html, render } from 'lit-html';

// lit-html without components: renders the identity step into #kyc.
export function showIdentityStep(root, url, onDone) {
  const onMessage = (event) => {
    if (!/^https:\/\/[\w-]+\.netverify\.com$/.test(event.origin)) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      window.removeEventListener('message', onMessage);
      onDone(data.transactionReference);
    }
  };
  window.addEventListener('message', onMessage);
  render(
    html`<section class="kyc">
      <iframe src=${url} allow="camera;fullscreen" allowfullscreen></iframe>
    </section>`,
    root,
  );
}
