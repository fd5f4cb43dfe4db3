/* sw.js — a service worker: its message events come from the pages it controls, not from a frame. */
self.addEventListener('install', (event) => event.waitUntil(self.skipWaiting()));

self.addEventListener('message', (event) => {
  const data = JSON.parse(event.data);
  if (data.eventType === 510 && data.payload.value === 'success') {
    // The page forwards the verification result to be stored offline.
    event.waitUntil(caches.open('kyc').then((c) => c.put(`/kyc/${data.transactionReference}`, new Response(data.dateTime))));
  }
});
