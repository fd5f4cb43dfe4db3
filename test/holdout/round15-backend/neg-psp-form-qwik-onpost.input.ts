// A payment provider's form-encoded notification (Qwik City onPost): transactionReference / transactionResult /
// transactionDate / userReference, the same words as the legacy face-login callback.
import type { RequestHandler } from '@builder.io/qwik-city';
import { saveResult } from './store.js';

export const onPost: RequestHandler = async ({ parseBody, send }) => {
  const form = (await parseBody()) as Record<string, string>;
  if (form.merchantId !== process.env.PSP_MERCHANT_ID) return send(403, 'forbidden');
  await saveResult(form.transactionReference, {
    paid: form.transactionResult === 'APPROVED',
    at: form.transactionDate,
    customer: form.userReference,
    amount: form.amount,
  });
  send(200, 'OK');
};
