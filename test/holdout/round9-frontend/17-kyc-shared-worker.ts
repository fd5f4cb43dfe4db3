// Every open tab forwards the identity frame's events to the shared session worker.
const worker = new SharedWorker(new URL('./session.shared-worker.ts', import.meta.url), { type: 'module' });
worker.port.start();

window.addEventListener('message', (event) => {
  if (!event.origin.endsWith('.netverify.com')) return;
  const data = JSON.parse(event.data);
  worker.port.postMessage({ kind: 'kyc-event', event: data });
});
