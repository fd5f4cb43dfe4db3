// The identity frame's events are handled off the main thread (kyc.worker.js parses them).
const worker = new Worker(new URL('./kyc.worker.js', import.meta.url), { type: 'module' });

window.addEventListener('message', (event) => {
  if (!event.origin.endsWith('.netverify.com')) return;
  worker.postMessage({ kind: 'kyc-event', raw: event.data });
});
