import { define } from '../utils.ts';

// Fresh 2: the card processor redirects here after the payment.
export const handler = define.handlers({
  async GET(ctx) {
    const status = ctx.url.searchParams.get('transactionStatus');
    const reference = ctx.url.searchParams.get('transactionReference');
    const amount = ctx.url.searchParams.get('amount');
    const paid = status === 'SUCCESSFUL';
    if (paid) await ctx.state.orders.markPaid(reference!, Number(amount));
    return { data: { paid, reference, amount } };
  },
});

export default define.page<typeof handler>(({ data }) => (
  <main>{data.paid ? <h1>Payment received: {data.amount}</h1> : <h1>Payment failed</h1>}</main>
));
