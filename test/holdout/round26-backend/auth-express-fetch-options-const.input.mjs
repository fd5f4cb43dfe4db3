// Face login step-up (Express 4, ESM, global fetch): the request options are built in a const of the handler, then sent.
import express from 'express';
import { saveFaceLogin } from './store.js';

const router = express.Router();

router.post('/payouts/:payoutId/face-check', async (req, res, next) => {
  try {
    const body = {
      enrollmentTransactionReference: req.user.jumioEnrollmentRef,
      userReference: req.user.id,
      successUrl: 'https://wallet.acme-payouts.com/face-check/passed',
      errorUrl: 'https://wallet.acme-payouts.com/face-check/failed',
      tokenLifetimeInMinutes: 15,
    };
    const options = {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'User-Agent': 'Acme Payouts/2.8',
        Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`,
      },
      body: JSON.stringify(body),
    };
    const response = await fetch('https://www.netverify.com/api/authentication/v1/web/initiate', options);
    if (!response.ok) {
      return res.status(502).json({ error: 'face check unavailable' });
    }
    const data = await response.json();
    await saveFaceLogin(req.user.id, data.transactionReference);
    res.json({ faceCheckUrl: data.redirectUrl, payoutId: req.params.payoutId });
  } catch (err) {
    next(err);
  }
});

export default router;
