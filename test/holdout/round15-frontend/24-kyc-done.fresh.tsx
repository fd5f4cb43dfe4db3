// routes/kyc/done.tsx (Fresh 2): the identity check's landing page, rendered on the server.
import { define } from '../../utils.ts';

export default define.page((ctx) => {
  const status = ctx.url.searchParams.get('transactionStatus');
  const reference = ctx.url.searchParams.get('transactionReference');
  if (status !== 'SUCCESS') {
    return <main><h1>Verification failed</h1><a href="/kyc">Try again</a></main>;
  }
  return <main><h1>Thank you</h1><p>Reference {reference}</p></main>;
});
