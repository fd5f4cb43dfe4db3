// Qwik City endpoint of a payment provider's form notification: the same reference / result / date words.
import type { RequestHandler } from '@builder.io/qwik-city';
import { saveAuthentication } from './store';

export const onPost: RequestHandler = async ({ parseBody, send }) => {
  const form = (await parseBody()) as Record<string, string>;
  await saveAuthentication(form.transactionReference, {
    paid: form.transactionResult === 'APPROVED',
    at: form.transactionDate,
    customer: form.userReference,
  });
  send(200, 'OK');
};
