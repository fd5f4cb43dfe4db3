// kyc-widget.js — mounts the Netverify web client and reports the outcome.
const DEFAULT_HEIGHT = 660;

export function mountNetverify(container, redirectUrl, { onSuccess, onError } = {}) {
  const iframe = document.createElement('iframe');
  iframe.src = redirectUrl;
  iframe.allow = 'camera;fullscreen';
  iframe.allowFullscreen = true;
  iframe.style.width = '100%';
  iframe.style.height = `${DEFAULT_HEIGHT}px`;
  iframe.style.border = '0';
  container.appendChild(iframe);

  window.onmessage = function (e) {
    var data = JSON.parse(e.data);
    if (data.payload.value === 'success' && onSuccess) {
      onSuccess(data.transactionReference);
    }
    if (data.payload.value === 'error' && onError) {
      onError(data.payload.metainfo.code);
    }
  };

  return function unmount() {
    window.onmessage = null;
    container.removeChild(iframe);
  };
}
