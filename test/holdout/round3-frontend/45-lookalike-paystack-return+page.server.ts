import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { verifyTransaction } from '$lib/server/paystack';

// Paystack sends the customer back with ?reference=…&trxref=…
export const load: PageServerLoad = async ({ url, locals }) => {
  const reference = url.searchParams.get('reference') ?? url.searchParams.get('trxref');
  if (!reference) throw error(400, 'missing reference');

  const tx = await verifyTransaction(reference);
  if (tx.status !== 'success') {
    return { ok: false, transactionReference: reference, transactionStatus: tx.status };
  }
  await locals.orders.markPaid(tx.metadata.orderId, { transactionReference: reference, amount: tx.amount });
  throw redirect(303, `/orders/${tx.metadata.orderId}?paid=1`);
};
