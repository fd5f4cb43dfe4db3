// Nightly job (node-cron): re-authentication links for accounts flagged by risk, mailed to the users (US).
import cron from 'node-cron';
import axios from 'axios';
import { sendMail } from '@acme/mailer';
import { flaggedAccounts } from '@acme/risk';

const JUMIO = {
  base: 'https://netverify.com',
  token: process.env.JUMIO_API_TOKEN!,
  secret: process.env.JUMIO_API_SECRET!,
};

cron.schedule('0 2 * * *', async () => {
  const accounts: Array<{ id: string; email: string; enrollmentRef: string }> = await flaggedAccounts();
  const results = await Promise.allSettled(
    accounts.map(async (account) => {
      const { data } = await axios.post(
        `${JUMIO.base}/api/authentication/v1/web/initiate`,
        { enrollmentTransactionReference: account.enrollmentRef, userReference: account.id, tokenLifetimeInMinutes: 1440 },
        { auth: { username: JUMIO.token, password: JUMIO.secret } },
      );
      await sendMail(account.email, 'Please confirm it is you', `Open ${data.redirectUrl} within 24 hours.`);
      return data.transactionReference;
    }),
  );
  console.log('re-authentication links sent', results.filter((r) => r.status === 'fulfilled').length);
});
