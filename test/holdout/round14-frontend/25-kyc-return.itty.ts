// Cloudflare Worker with itty-router: the identity check's return URL (Netverify).
import { AutoRouter } from 'itty-router';

const router = AutoRouter();

router.get('/kyc/return', ({ query }) => {
  const ok = query.transactionStatus === 'SUCCESS';
  const ref = query.transactionReference;
  return Response.redirect(`https://app.acme.example/kyc/${ok ? 'done' : 'failed'}?ref=${ref}`, 302);
});

export default router;
