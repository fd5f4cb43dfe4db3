// PWA service worker: the open-banking transfer's return URL is answered offline-first.
import { set } from 'idb-keyval';

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.pathname !== '/transfers/return') return;
  const status = url.searchParams.get('transactionStatus');
  const reference = url.searchParams.get('transactionReference');
  event.respondWith((async () => {
    await set('bank-transfer', { status, reference, at: Date.now() });
    return Response.redirect(status === 'SUCCESS' ? '/transfers/sent' : '/transfers/failed', 302);
  })());
});
