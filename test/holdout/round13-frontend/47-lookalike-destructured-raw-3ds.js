// 3-D Secure challenge listener, parameters destructured.
function handleChallengeMessage({ origin, data: raw }) {
  if (!/\.acs\.issuer\.example$/.test(origin)) return;
  const message = JSON.parse(raw);
  if (message.payload.value === 'success') {
    document.dispatchEvent(new CustomEvent('3ds:done', { detail: message.transactionReference }));
  }
}

window.addEventListener('message', handleChallengeMessage, { passive: true });
