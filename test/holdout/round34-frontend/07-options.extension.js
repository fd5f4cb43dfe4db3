// Options page of the Acme Sign browser extension (Manifest V3). Signers verify their identity here once: the service
// worker asks our API to initiate the Netverify transaction and answers with its redirectUrl, this page shows the
// web client in its iframe (07-options.extension.html) and keeps the outcome in chrome.storage, where the popup and
// the content scripts read it. Extension pages may not run inline scripts, hence this module.
const frame = document.getElementById('identity-frame');
const state = document.getElementById('identity-state');
const startButton = document.getElementById('identity-start');

const WEB_CLIENT_ORIGIN = 'https://acme.netverify.com';

async function onWebClientMessage(event) {
  if (event.origin !== WEB_CLIENT_ORIGIN) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') {
    await chrome.storage.local.set({
      identity: { status: 'verified', reference: data.transactionReference, at: data.dateTime },
    });
    state.textContent = 'Identity verified. You can close this tab.';
    frame.hidden = true;
    window.removeEventListener('message', onWebClientMessage);
  } else if (data.payload.value === 'error') {
    await chrome.storage.local.set({
      identity: { status: 'failed', reference: data.transactionReference, code: data.payload.metainfo?.code ?? null },
    });
    state.textContent = 'The identity check did not succeed. You can start it again.';
    startButton.disabled = false;
  }
}

startButton.addEventListener('click', async () => {
  startButton.disabled = true;
  const { redirectUrl } = await chrome.runtime.sendMessage({ type: 'identity:start' });
  window.addEventListener('message', onWebClientMessage);
  frame.src = redirectUrl;
  frame.hidden = false;
});

chrome.storage.local.get('identity').then(({ identity }) => {
  if (identity?.status === 'verified') {
    state.textContent = 'Your identity is verified.';
    startButton.hidden = true;
  }
});

// The signing options beside the identity check.
const highlightFields = document.getElementById('opt-highlight-fields');
const signatureStyle = document.getElementById('opt-signature-style');

chrome.storage.sync.get({ highlightFields: true, signatureStyle: 'typed' }).then((options) => {
  highlightFields.checked = options.highlightFields;
  signatureStyle.value = options.signatureStyle;
});
highlightFields.addEventListener('change', () => chrome.storage.sync.set({ highlightFields: highlightFields.checked }));
signatureStyle.addEventListener('change', () => chrome.storage.sync.set({ signatureStyle: signatureStyle.value }));
