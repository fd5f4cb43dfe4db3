// Service worker of the PWA (built by workbox-build's injectManifest from src/sw.js). The identity check's success
// and error URLs are both /identity/done. On a phone the web client often finishes while the network is poor, so the
// worker answers that navigation itself: it keeps the outcome for the app shell, tells any open window, and serves
// the precached shell, which renders the result from what the worker kept.
import { clientsClaim } from 'workbox-core';
import { matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { set } from 'idb-keyval';

self.skipWaiting();
clientsClaim();

precacheAndRoute(self.__WB_MANIFEST);

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.pathname === '/identity/done',
  async ({ url }) => {
    const status = url.searchParams.get('transactionStatus');
    const reference = url.searchParams.get('transactionReference');
    const errorCode = url.searchParams.get('errorCode');

    await set('identity:last-return', {
      verified: status === 'SUCCESS',
      reference,
      errorCode,
      receivedAt: Date.now(),
    });

    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    for (const client of windows) {
      client.postMessage({ type: 'identity-return', verified: status === 'SUCCESS', reference });
    }

    const shell = await matchPrecache('/index.html');
    if (shell) return shell;
    return Response.redirect(status === 'SUCCESS' ? '/identity/received' : '/identity?retry=1', 302);
  },
);

registerRoute(({ url }) => url.pathname.startsWith('/api/'), new NetworkFirst({ cacheName: 'api', networkTimeoutSeconds: 5 }));

registerRoute(
  ({ request }) => request.destination === 'image' || request.destination === 'font',
  new StaleWhileRevalidate({ cacheName: 'assets' }),
);
