// Builds the Netverify frame in one expression.
export function openVerification(container, url, done) {
  const frame = Object.assign(document.createElement('iframe'), { src: url, allow: 'camera; fullscreen', allowFullscreen: true });
  container.appendChild(frame);
  window.addEventListener('message', (event) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') done(data.transactionReference);
  });
}
