// Adyen card component events are handled off the main thread (payments.worker.js parses them).
const worker = new Worker(new URL('./payments.worker.js', import.meta.url), { type: 'module' });

window.addEventListener('message', (event) => {
  if (!event.origin.endsWith('.adyen.com')) return;
  worker.postMessage({ kind: 'payment-event', raw: event.data });
});
