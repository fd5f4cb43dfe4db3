// Qwik City endpoint (src/routes/api/face-login/callback/index.ts): onPost parses the form.
import type { RequestHandler } from '@builder.io/qwik-city';
import { saveResult } from './store.js';

export const onPost: RequestHandler = async ({ parseBody, send }) => {
  const form = (await parseBody()) as Record<string, string>;
  await saveResult(form.transactionReference, {
    enrollment: form.enrollmentTransactionReference,
    result: form.transactionResult,
    source: form.scanSource,
  });
  send(200, 'OK');
};
