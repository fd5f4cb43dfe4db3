// Bun 1.2 server: the identity check (Netverify) success/error URL lands here.
import { renderKycResult } from './views';

Bun.serve({
  port: 3000,
  routes: {
    '/kyc/return': (req) => {
      const url = new URL(req.url);
      const status = url.searchParams.get('transactionStatus');
      const reference = url.searchParams.get('transactionReference');
      const html = renderKycResult({ verified: status === 'SUCCESS', reference, errorCode: url.searchParams.get('errorCode') });
      return new Response(html, { headers: { 'Content-Type': 'text/html' } });
    },
  },
});
