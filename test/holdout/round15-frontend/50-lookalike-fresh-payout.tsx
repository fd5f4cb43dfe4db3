// routes/payouts/done.tsx (Fresh 2): the payout provider's return page.
import { define } from '../../utils.ts';

export default define.page((ctx) => {
  const status = ctx.url.searchParams.get('transactionStatus');
  const reference = ctx.url.searchParams.get('transactionReference');
  if (status !== 'PAID') return <main><h1>Payout pending</h1></main>;
  return <main><h1>Payout sent</h1><p>Reference {reference}</p></main>;
});
