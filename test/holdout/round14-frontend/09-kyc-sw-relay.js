// Page side of the identity step: hands the Netverify event to the service worker, which syncs it when online.
window.addEventListener('message', (event) => {
  if (!event.origin.endsWith('.netverify.com')) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'loaded') return;
  console.info('KYC event', data.payload.value, data.transactionReference);
  navigator.serviceWorker.controller?.postMessage({ type: 'kyc-event', event: data });
});
