// trigger.dev v3 task: create the ID verification for a new merchant and email the link (US).
import { task } from '@trigger.dev/sdk/v3';
import { sendMail } from './mailer';

export const createMerchantVerification = task({
  id: 'create-merchant-verification',
  retry: { maxAttempts: 2 },
  run: async (payload: { merchantId: string; email: string; country: string }) => {
    const response = await fetch('https://netverify.com/api/v4/initiate', {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'User-Agent': 'Acme Merchants/2.2',
        Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`,
      },
      body: JSON.stringify({
        customerInternalReference: payload.merchantId,
        workflowId: 100,
        presets: [{ index: 1, country: payload.country, type: 'PASSPORT' }],
        tokenLifetimeInMinutes: 1440,
      }),
    });
    const session = await response.json();
    await sendMail(payload.email, 'Verify your identity', session.redirectUrl);
    return { scanReference: session.transactionReference };
  },
});
