// Payee confirmation: the identity check in #identity-frame (the Netverify web client, our white-label host).
// Everything that differs per environment comes from window.__APP_CONFIG__, which the BFF writes into the page
// (index.html); this module holds no URL of its own.
const { apiBase, identity } = window.__APP_CONFIG__;

const frame = document.getElementById('identity-frame');
const statusLine = document.getElementById('identity-status');
const payeeId = new URLSearchParams(window.location.search).get('payee') ?? '';
let expiry;

async function openFrame() {
  const res = await fetch(identity.sessionPath, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ payeeId }),
  });
  if (!res.ok) {
    statusLine.textContent = 'We could not start the check. Please try again in a moment.';
    return;
  }
  const { frameUrl } = await res.json();
  frame.src = frameUrl;
  frame.hidden = false;
  expiry = setTimeout(() => {
    frame.hidden = true;
    statusLine.textContent = 'The check timed out. Reload the page to start again.';
  }, identity.timeoutMinutes * 60 * 1000);
}

async function confirmPayee(reference) {
  const res = await fetch(`${apiBase}/payees/${encodeURIComponent(payeeId)}/confirm`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ identityReference: reference }),
  });
  if (!res.ok) {
    statusLine.textContent = 'You are verified, but we could not add the payee. Please contact us.';
    return;
  }
  window.location.assign(`/payees?added=${encodeURIComponent(payeeId)}`);
}

function onIdentityMessage(event) {
  if (event.origin !== identity.frameOrigin) return;
  let data;
  try {
    data = JSON.parse(event.data);
  } catch {
    return;
  }
  if (data.payload.value === 'loaded') {
    statusLine.textContent = 'Look into the camera and hold still.';
  } else if (data.payload.value === 'success') {
    clearTimeout(expiry);
    window.removeEventListener('message', onIdentityMessage);
    statusLine.textContent = 'Thanks, adding your payee…';
    void confirmPayee(data.transactionReference);
  } else if (data.payload.value === 'error') {
    statusLine.textContent = `The check stopped (code ${data.payload.metainfo.code}). Reload the page to try again.`;
  }
}

window.addEventListener('message', onIdentityMessage);
void openFrame();
