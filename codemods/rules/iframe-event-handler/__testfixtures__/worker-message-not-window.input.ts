// A worker's messages are not the web client's, whatever they carry.
const worker = new Worker(new URL('./kyc-worker.js', import.meta.url));
worker.addEventListener('message', (event: MessageEvent) => {
  const data = JSON.parse(event.data);
  if (data.payload.value === 'loaded') console.log('worker ready', data.transactionReference, data.payload.metainfo);
});
