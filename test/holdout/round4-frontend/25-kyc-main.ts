// Main thread: the web client's events are parsed and stored by a worker so the UI thread stays free.
const worker = new Worker(new URL('./25-kyc-events.worker.ts', import.meta.url), { type: 'module' });

window.addEventListener('message', (event) => {
  if (!event.origin.endsWith('.netverify.com')) return;
  worker.postMessage({ kind: 'netverify', raw: event.data });
});

worker.addEventListener('message', (e: MessageEvent<{ done: boolean; reference?: string }>) => {
  if (e.data.done) document.dispatchEvent(new CustomEvent('kyc:done', { detail: e.data.reference }));
});
