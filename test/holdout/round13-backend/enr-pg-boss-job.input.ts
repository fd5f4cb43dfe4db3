// pg-boss worker: a queued onboarding job creates the verification and e-mails the link (US).
import PgBoss from 'pg-boss';
import { sendMail } from './mailer.js';

const boss = new PgBoss(process.env.DATABASE_URL!);
const JUMIO_V4 = 'https://netverify.com/api/v4/initiate';

type OnboardingJob = { customerId: string; email: string };

export async function startWorkers(): Promise<void> {
  await boss.start();
  await boss.work<OnboardingJob>('onboarding.verify', async ([job]) => {
    const res = await fetch(JUMIO_V4, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`,
        'User-Agent': 'Acme Rentals/2.0',
      },
      body: JSON.stringify({ customerInternalReference: job.data.customerId, userReference: job.data.customerId, workflowId: 202 }),
    });
    const started = (await res.json()) as { redirectUrl: string; transactionReference: string };
    await sendMail(job.data.email, 'Verify your identity', started.redirectUrl);
    return { scanReference: started.transactionReference };
  });
}
