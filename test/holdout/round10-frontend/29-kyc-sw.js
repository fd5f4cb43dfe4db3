// PWA service worker (registered from /kyc-sw.js): the identity check's return URL is answered offline-first, the
// outcome kept for the app shell to read.
import { set } from 'idb-keyval';

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.pathname !== '/identity/return') return;
  const status = url.searchParams.get('transactionStatus');
  const reference = url.searchParams.get('transactionReference');
  event.respondWith((async () => {
    await set('identity-check', { status, reference, errorCode: url.searchParams.get('errorCode'), at: Date.now() });
    return Response.redirect(status === 'SUCCESS' ? '/identity/done' : '/identity/retry', 302);
  })());
});
