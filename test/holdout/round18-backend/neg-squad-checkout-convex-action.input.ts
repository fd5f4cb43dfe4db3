'use node';
// Lookalike: a Convex action opening a Squad (GTBank) checkout on /transaction/initiate; the app's own reply names the
// checkout link redirectUrl and the payment reference transactionReference.
import { v } from 'convex/values';
import { action } from './_generated/server';
import { internal } from './_generated/api';

export const startCheckout = action({
  args: { orderId: v.string(), amountKobo: v.number(), email: v.string() },
  handler: async (ctx, { orderId, amountKobo, email }) => {
    const res = await fetch('https://api-d.squadco.com/transaction/initiate', {
      method: 'POST',
      headers: { Authorization: `Bearer ${process.env.SQUAD_SECRET_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        amount: amountKobo,
        email,
        currency: 'NGN',
        initiate_type: 'inline',
        transaction_ref: orderId,
        callback_url: `${process.env.SITE_URL}/checkout/return`,
      }),
    });
    if (!res.ok) throw new Error(`Squad initiate failed (${res.status})`);
    const { data } = (await res.json()) as { data: { checkout_url: string; transaction_ref: string } };
    await ctx.runMutation(internal.orders.attachPayment, { orderId, transactionReference: data.transaction_ref });
    return { redirectUrl: data.checkout_url, transactionReference: data.transaction_ref };
  },
});
