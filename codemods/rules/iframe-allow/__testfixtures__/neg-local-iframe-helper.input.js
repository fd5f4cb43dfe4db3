// A page's own iframe() helper (not VanJS): builds a sandboxed preview frame of a document.
const tags = { iframe: (props) => Object.assign(document.createElement('div'), props) };
const { iframe } = tags;

window.addEventListener('message', (e) => {
  if (!e.origin.endsWith('.netverify.com')) return;
  const data = JSON.parse(e.data);
  console.info('kyc', data.payload.value, data.transactionReference);
});

document.body.append(iframe({ title: 'preview', allow: 'camera;fullscreen' }));
