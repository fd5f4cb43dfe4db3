// Corrie Lane Lettings — tenant referencing, identity step. Loaded by referencing.html as
// <script type="module" src="/js/identity-launch.js">. The frame's markup is kept as markup (one attribute per line,
// the way the design system's snippets are written) instead of being built with createElement.

const STATUS = {
  loaded: 'Follow the steps in the window below.',
  success: 'Thank you, your identity is confirmed.',
  error: 'The identity check stopped. Please try again.',
};

export async function mountIdentityStep(container, applicationId) {
  const res = await fetch(`/api/referencing/${encodeURIComponent(applicationId)}/identity-session`, {
    method: 'POST',
    credentials: 'same-origin',
  });
  const session = await res.json();

  container.insertAdjacentHTML(
    'beforeend',
    `
    <!-- Jumio Netverify web client -->
    <iframe
      id="identity-frame"
      class="referencing-identity__frame"
      title="Identity check"
      src="${session.frameUrl}"
      width="100%"
      height="680"
      allow="camera;fullscreen"
    ></iframe>
    <p id="identity-status" class="referencing-identity__status" role="status"></p>`,
  );
}

window.addEventListener('message', (event) => {
  // the referencing app also hosts the e-signature frame, which posts from its own origin
  if (!event.origin.endsWith('.netverify.com')) return;
  let data;
  try {
    data = JSON.parse(event.data);
  } catch {
    return;
  }
  const step = data.payload.value;
  const line = document.getElementById('identity-status');
  if (line) line.textContent = STATUS[step] ?? '';
  if (step === 'success' || step === 'error') {
    document.dispatchEvent(
      new CustomEvent('referencing:identity', {
        detail: {
          ok: step === 'success',
          reference: data.transactionReference,
          code: data.payload.metainfo?.code ?? null,
        },
      }),
    );
  }
});
