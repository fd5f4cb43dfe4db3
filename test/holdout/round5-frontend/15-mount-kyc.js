// Mounts the Jumio Netverify client into #kyc-root; no framework.
export function mountKyc(root, redirectUrl, onDone) {
  const iframe = Object.assign(document.createElement('iframe'), {
    src: redirectUrl,
    allow: 'camera;fullscreen',
    allowFullscreen: true,
    title: 'Identity verification',
    width: '100%',
    height: '710',
  });
  iframe.style.border = '0';
  root.replaceChildren(iframe);

  function onMessage(event) {
    if (!/\.netverify\.com$/.test(new URL(event.origin).hostname)) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      window.removeEventListener('message', onMessage);
      onDone(data.transactionReference);
    }
  }
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
