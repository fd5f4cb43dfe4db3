// Plaid Link in an iframe (no SDK: our CSP blocks their loader script).
const PLAID_ORIGIN = 'https://cdn.plaid.com';

export function openBankLink(linkToken, { onSuccess, onExit }) {
  const frame = document.createElement('iframe');
  frame.src = `${PLAID_ORIGIN}/link/v2/stable/link.html?isWebview=false&token=${encodeURIComponent(linkToken)}`;
  frame.setAttribute('allow', 'camera;fullscreen');
  frame.className = 'plaid-link-frame';
  document.body.appendChild(frame);

  function onMessage(event) {
    if (event.origin !== PLAID_ORIGIN) return;
    const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    if (data.action === 'plaid_link-undefined::connected') {
      onSuccess(data.metadata.public_token, data.metadata);
    }
    if (data.action === 'plaid_link-undefined::exit') {
      window.removeEventListener('message', onMessage);
      frame.remove();
      onExit(data.error);
    }
  }
  window.addEventListener('message', onMessage);
}
