// The posted JSON string handed on unparsed: whoever parses it there reads the legacy fields.
const worker = new Worker('/kyc-worker.js');
window.addEventListener('message', (event) => {
  if (!event.origin.endsWith('.netverify.com')) return;
  worker.postMessage({ kind: 'netverify', raw: event.data });
});

// Electron preload: relayed to the main process as is.
window.addEventListener('message', function (e) {
  if (!/^https:\/\/acme\.netverify\.com$/.test(e.origin)) return;
  ipcRenderer.send('jumio-event', e.data);
});

// Forwarded to a local parsing helper (followed, renamed) and logged: no escape.
function handleJumio(raw) {
  const data = JSON.parse(raw);
  console.info('jumio', data.transactionReference);
}
window.addEventListener('message', (ev) => {
  if (ev.origin.indexOf('netverify.com') < 0) return;
  console.debug(ev.data);
  handleJumio(ev.data);
});
