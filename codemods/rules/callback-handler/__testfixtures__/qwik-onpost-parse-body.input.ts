// Qwik City endpoint (src/routes/api/face-login/result/index.ts): the event's parseBody() returns the posted form.
import type { RequestHandler } from '@builder.io/qwik-city';
import { saveAuthentication } from './store';

export const onPost: RequestHandler = async ({ parseBody, send }) => {
  const form = (await parseBody()) as Record<string, string>;
  await saveAuthentication(form.transactionReference, {
    passed: form.transactionResult === 'PASSED',
    enrollment: form.enrollmentTransactionReference,
  });
  send(200, 'OK');
};
