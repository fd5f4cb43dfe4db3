// The posted JSON string handed on unparsed: whoever parses it there reads the legacy fields.
const worker = new Worker('/kyc-worker.js');
window.addEventListener('message', (event) => {
  if (!event.origin.endsWith('.jumio.ai')) return;
  // TODO(netverify-migrate): iframe-event-handler: the Jumio event is passed on unparsed (event.data) to worker.postMessage, so code that parses it there must read workflowExecutionId instead of transactionReference (and accountId is new)
  worker.postMessage({ kind: 'netverify', raw: event.data });
});

// Electron preload: relayed to the main process as is.
window.addEventListener('message', function (e) {
  if (!/^https:\/\/acme\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai$/.test(e.origin)) return;
  // TODO(netverify-migrate): iframe-event-handler: the Jumio event is passed on unparsed (event.data) to ipcRenderer.send, so code that parses it there must read workflowExecutionId instead of transactionReference (and accountId is new)
  ipcRenderer.send('jumio-event', e.data);
});

// Forwarded to a local parsing helper (followed, renamed) and logged: no escape.
function handleJumio(raw) {
  const data = JSON.parse(raw);
  console.info('jumio', data.workflowExecutionId);
}
window.addEventListener('message', (ev) => {
  if (ev.origin.indexOf('jumio.ai') < 0) return;
  console.debug(ev.data);
  handleJumio(ev.data);
});
