import { onRequest } from 'firebase-functions/v2/https';
import * as logger from 'firebase-functions/logger';

const NETVERIFY_V4 = 'https://netverify.com/api/v4/initiate';

export const createIdVerification = onRequest({ cors: ['https://onboard.copperleaf.example'] }, async (req, res) => {
  const { uid, country } = req.body as { uid: string; country: string };
  const response = await fetch(NETVERIFY_V4, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64'),
      'User-Agent': 'Copperleaf Onboarding/1.5',
    },
    body: JSON.stringify({
      customerInternalReference: uid,
      userReference: uid,
      workflowId: 200,
      presets: [{ index: 1, country, type: 'PASSPORT' }],
      successUrl: 'https://onboard.copperleaf.example/id/success',
      errorUrl: 'https://onboard.copperleaf.example/id/error',
    }),
  });
  const json = await response.json();
  logger.info('jumio verification created', { ref: json.transactionReference });
  res.json({ redirectUrl: json.redirectUrl });
});
