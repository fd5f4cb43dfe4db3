// Browser extension content script: forwards the identity check outcome (Netverify web client) to the background page.
window.addEventListener('message', (e) => {
  if (e.origin !== 'https://acme.netverify.com') return;
  const d = JSON.parse(e.data);
  if (d.payload.value === 'success' || d.payload.value === 'error') {
    chrome.runtime.sendMessage({ kind: 'kyc-outcome', status: d.payload.value, reference: d.transactionReference });
  }
});
