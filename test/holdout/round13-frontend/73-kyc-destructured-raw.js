// Identity step listener (Netverify web client), parameters destructured.
function handleKycMessage({ origin, data: raw }) {
  if (!/\.netverify\.com$/.test(origin)) return;
  const message = JSON.parse(raw);
  if (message.payload.value === 'success') {
    document.dispatchEvent(new CustomEvent('kyc:verified', { detail: message.transactionReference }));
  }
}

window.addEventListener('message', handleKycMessage, { passive: true });
