// VanJS page script: the identity check's iFrame (a van.tags tag function) and its message listener.
import van from 'vanjs-core';

const { div, iframe, p } = van.tags;

export function mountKyc(root, frameUrl) {
  const reference = van.state('');
  window.addEventListener('message', (e) => {
    if (!e.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(e.data);
    if (data.payload.value === 'success') reference.val = data.transactionReference;
  });
  van.add(root, div(
    () => reference.val ? p(`Verified (${reference.val})`) : iframe({ src: frameUrl, allow: 'camera;fullscreen;accelerometer;gyroscope;magnetometer', allowfullscreen: true, width: 640 }),
  ));
}
