// The callback route forwards the form to Inngest as an event; this function handles it (not a request handler).
import { Inngest } from 'inngest';
import { markUserVerified, saveResult } from './store.js';

const inngest = new Inngest({ id: 'acme-identity' });

export const faceLoginCompleted = inngest.createFunction(
  { id: 'face-login-completed' },
  { event: 'jumio/authentication.callback' },
  async ({ event, step }) => {
    const { transactionReference, transactionResult, callBackType, userReference } = event.data as Record<string, string>;
    if (callBackType !== 'NETVERIFY_AUTHENTICATION') return { skipped: true };
    await step.run('store', () => saveResult(transactionReference, { result: transactionResult }));
    await step.run('mark-user', () => markUserVerified(userReference, transactionResult === 'PASSED'));
    return { stored: transactionReference };
  },
);
