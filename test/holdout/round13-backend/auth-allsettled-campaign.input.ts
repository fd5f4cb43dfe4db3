// A re-verification campaign: every flagged user gets a face-login link; Promise.allSettled over async arrows (EU).
import axios from 'axios';
import { sendMail } from './mailer.js';

type Flagged = { id: string; email: string; enrollment: string };

export async function runReverificationCampaign(users: Flagged[]): Promise<{ sent: number; failed: number }> {
  const outcomes = await Promise.allSettled(
    users.map(async (user) => {
      const { data } = await axios.post<{ redirectUrl: string; transactionReference: string }>(
        'https://lon.netverify.com/api/authentication/v1/web/initiate',
        {
          enrollmentTransactionReference: user.enrollment,
          userReference: user.id,
          tokenLifetimeInMinutes: 60 * 24 * 7,
        },
        {
          auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
          headers: { 'User-Agent': 'Acme Compliance/1.9' },
        },
      );
      await sendMail(user.email, 'Please confirm it is you', data.redirectUrl);
      return data.transactionReference;
    }),
  );
  const sent = outcomes.filter((o) => o.status === 'fulfilled').length;
  return { sent, failed: outcomes.length - sent };
}
