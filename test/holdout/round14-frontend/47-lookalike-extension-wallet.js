// Browser extension content script: relays the wallet page's transfer confirmation to the background page.
window.addEventListener('message', (e) => {
  if (e.source !== window || e.origin !== location.origin) return;
  const d = JSON.parse(e.data);
  if (d.type === 'transfer-confirmed') {
    chrome.runtime.sendMessage({ kind: 'transfer', status: d.payload.value, reference: d.transactionReference });
  }
});
