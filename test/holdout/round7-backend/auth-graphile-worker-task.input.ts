import type { Task } from 'graphile-worker';

const NETVERIFY_INITIATE = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

interface Payload {
  userId: string;
  enrollmentReference: string;
  email: string;
}

export const startPeriodicReverification: Task = async (raw, helpers) => {
  const payload = raw as Payload;
  const response = await fetch(NETVERIFY_INITIATE, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64'),
      'User-Agent': 'Example Reverify/1.0',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: payload.enrollmentReference,
      userReference: payload.userId,
      tokenLifetimeInMinutes: 4320,
    }),
  });
  if (!response.ok) throw new Error(`netverify responded ${response.status}`);
  const started = await response.json();
  helpers.logger.info(`reverification ${started.transactionReference} for ${payload.userId}`);
  await helpers.addJob('send_email', { to: payload.email, template: 'reverify', link: started.redirectUrl });
};
