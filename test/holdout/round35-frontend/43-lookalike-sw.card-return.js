// Service worker of the shop's PWA (built by workbox-build's injectManifest from src/sw.js). The card processor's
// return URL is /checkout/return. On a phone the 3-D Secure step often finishes while the network is poor, so the
// worker answers that navigation itself: it keeps the payment's outcome for the app shell, tells any open window,
// and serves the precached shell, which renders the order from what the worker kept.
import { clientsClaim } from 'workbox-core';
import { matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { set } from 'idb-keyval';

self.skipWaiting();
clientsClaim();

precacheAndRoute(self.__WB_MANIFEST);

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.pathname === '/checkout/return',
  async ({ url }) => {
    const status = url.searchParams.get('transactionStatus');
    const reference = url.searchParams.get('transactionReference');
    const orderId = url.searchParams.get('merchantOrderId');

    await set('checkout:last-return', {
      paid: status === 'AUTHORISED',
      reference,
      orderId,
      receivedAt: Date.now(),
    });

    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    for (const client of windows) {
      client.postMessage({ type: 'checkout-return', paid: status === 'AUTHORISED', reference, orderId });
    }

    const shell = await matchPrecache('/index.html');
    if (shell) return shell;
    return Response.redirect(status === 'AUTHORISED' ? '/checkout/thanks' : '/checkout/payment?retry=1', 302);
  },
);

registerRoute(({ url }) => url.pathname.startsWith('/api/'), new NetworkFirst({ cacheName: 'api', networkTimeoutSeconds: 5 }));

registerRoute(
  ({ request }) => request.destination === 'image' || request.destination === 'font',
  new StaleWhileRevalidate({ cacheName: 'assets' }),
);
