// jobs/reissue-expired-verifications.ts: every hour at :20, applicants whose ID-verification link expired unused
// (the callback reported EXPIRED, or the link outlived its two days) get a fresh link by e-mail, at most three
// links per application. SG data centre. The worker process imports this module for its side effect (the schedule).
import cron from 'node-cron';
import { ofetch } from 'ofetch';
import { expiredVerifications, replaceVerification, sendVerificationReminder } from './store.js';

interface NetverifyInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

const NETVERIFY_SG = 'https://core-sgp.jumio.com';
const PORTAL = 'https://apply.kallangsec.example';
const MAX_LINKS = 3;

export async function reissueExpiredVerifications(now = new Date()): Promise<number> {
  const expired = await expiredVerifications({ before: now, maxAttempts: MAX_LINKS });
  let reissued = 0;

  for (const application of expired) {
    try {
      const started = await ofetch<NetverifyInitiateResponse>(`${NETVERIFY_SG}/api/v4/initiate`, {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          Authorization: `Basic ${process.env.JUMIO_SG_BASIC}`,
          'User-Agent': 'Kallang-Onboarding/3.8',
        },
        body: {
          customerInternalReference: application.id,
          userReference: application.applicantId,
          workflowId: 200,
          successUrl: `${PORTAL}/apply/${application.id}/id-done`,
          errorUrl: `${PORTAL}/apply/${application.id}/id-error`,
          callbackUrl: `${PORTAL}/hooks/netverify/id-verification`,
          locale: application.locale,
          tokenLifetimeInMinutes: 2880,
        },
        timeout: 15_000,
      });

      await replaceVerification(application.id, {
        reference: started.transactionReference,
        attempt: application.attempts + 1,
        issuedAt: started.timestamp,
      });
      await sendVerificationReminder(application.email, started.redirectUrl, { hoursValid: 48 });
      reissued += 1;
    } catch (err) {
      // One applicant's failure must not stop the others; the next run picks the application up again.
      console.error(`reissue for application ${application.id} failed`, err);
    }
  }
  return reissued;
}

const task = cron.schedule(
  '20 * * * *',
  async () => {
    const count = await reissueExpiredVerifications();
    if (count > 0) console.info(`reissued ${count} ID verification link(s)`);
  },
  { name: 'reissue-expired-verifications', timezone: 'Asia/Singapore' },
);

process.once('SIGTERM', () => task.stop());
