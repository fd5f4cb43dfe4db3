/* service-worker.js — background sync of offline card payments */
const QUEUE = 'payment-queue';

self.addEventListener('message', (event) => {
  let data;
  try {
    data = JSON.parse(event.data);
  } catch (e) {
    return;
  }
  if (data.payload && data.payload.value === 'success') {
    event.waitUntil(
      caches.open(QUEUE).then((cache) => cache.delete(`/payments/${data.transactionReference}`)),
    );
  } else if (data.payload && data.payload.value === 'loaded') {
    self.clients.matchAll().then((clients) => clients.forEach((c) => c.postMessage({ ready: true, at: data.dateTime })));
  }
});
