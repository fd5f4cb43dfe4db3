// p-queue (SG): a nightly re-authentication campaign, two at a time; the queued task returns the parsed body.
import PQueue from 'p-queue';
import { sendMail } from './mailer.js';

const queue = new PQueue({ concurrency: 2 });
const basic = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export async function remind(customer: { id: string; email: string; enrollment: string }) {
  const session = await queue.add(async () => {
    const res = await fetch('https://core-sgp.jumio.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ enrollmentTransactionReference: customer.enrollment, userReference: customer.id, tokenLifetimeInMinutes: 1440 }),
    });
    return (await res.json()) as { redirectUrl: string; transactionReference: string };
  });
  await sendMail(customer.email, 'Confirm it is you', session!.redirectUrl);
}
