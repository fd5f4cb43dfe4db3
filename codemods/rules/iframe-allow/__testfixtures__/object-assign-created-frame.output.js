// Builds the Netverify frame in one expression.
export function openVerification(container, url, done) {
  // TODO(netverify-migrate): iframe-allow: the KYX web client must not be injected at runtime: put its <iframe> in the page markup (vendor guide)
  const frame = Object.assign(document.createElement('iframe'), { src: url, allow: 'camera; fullscreen; accelerometer; gyroscope; magnetometer', allowFullscreen: true });
  container.appendChild(frame);
  window.addEventListener('message', (event) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') done(data.transactionReference);
  });
}
