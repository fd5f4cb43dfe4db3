import { Inngest } from 'inngest';

export const inngest = new Inngest({ id: 'app' });

export const reverify = inngest.createFunction({ id: 'reverify' }, { event: 'user/reverify' }, async ({ event, step }) => {
  const started = await step.run('initiate', async () => {
    const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Basic ${process.env.JUMIO_BASIC}` },
      body: JSON.stringify({ enrollmentTransactionReference: event.data.enrollmentRef, userReference: event.data.userId }),
    });
    return (await res.json()) as { redirectUrl: string; transactionReference: string };
  });
  await step.run('save', () => saveReference(event.data.userId, started.transactionReference));
  return started.redirectUrl;
});

declare function saveReference(user: string, ref: string): Promise<void>;
