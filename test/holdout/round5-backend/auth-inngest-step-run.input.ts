import { Inngest } from 'inngest';
import { prisma } from '../lib/prisma';
import { mailer } from '../lib/mailer';

export const inngest = new Inngest({ id: 'rivet-app' });

const JUMIO_AUTH_INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';

export const faceReverification = inngest.createFunction(
  { id: 'face-reverification', retries: 3 },
  { event: 'account/reverification.requested' },
  async ({ event, step }) => {
    const started = await step.run('initiate-jumio-authentication', async () => {
      const res = await fetch(JUMIO_AUTH_INITIATE, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64'),
          'User-Agent': 'Rivet/1.0',
        },
        body: JSON.stringify({
          enrollmentTransactionReference: event.data.enrollmentRef,
          userReference: event.data.userId,
          tokenLifetimeInMinutes: 4320,
        }),
      });
      if (!res.ok) throw new Error(`jumio ${res.status}`);
      return (await res.json()) as { redirectUrl: string; transactionReference: string };
    });

    await step.run('persist', () =>
      prisma.reverification.create({ data: { userId: event.data.userId, jumioRef: started.transactionReference } }),
    );
    await step.run('email-link', () => mailer.send(event.data.email, 'Confirm it is you', started.redirectUrl));
  },
);
