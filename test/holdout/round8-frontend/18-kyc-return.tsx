import { define } from '../utils.ts';

// Fresh 2: the success/error page of the identity check.
export const handler = define.handlers({
  GET(ctx) {
    const status = ctx.url.searchParams.get('transactionStatus');
    const reference = ctx.url.searchParams.get('transactionReference');
    if (status !== 'SUCCESS') {
      return { data: { ok: false, reference, errorCode: ctx.url.searchParams.get('errorCode') } };
    }
    return { data: { ok: true, reference, errorCode: null } };
  },
});

export default define.page<typeof handler>(({ data }) => (
  <main>
    {data.ok ? <h1>Identity verified</h1> : <h1>Verification failed ({data.errorCode})</h1>}
    <p>Reference: {data.reference}</p>
  </main>
));
