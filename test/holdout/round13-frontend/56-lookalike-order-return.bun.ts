// Bun 1.2 server: the card acquirer redirects the shopper here after checkout.
import { renderOrderResult } from './views';

Bun.serve({
  port: 3000,
  routes: {
    '/checkout/return': (req) => {
      const url = new URL(req.url);
      const status = url.searchParams.get('transactionStatus');
      const reference = url.searchParams.get('transactionReference');
      const html = renderOrderResult({ paid: status === 'PAID', orderReference: reference });
      return new Response(html, { headers: { 'Content-Type': 'text/html' } });
    },
  },
});
