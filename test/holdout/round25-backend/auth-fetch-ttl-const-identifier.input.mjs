// Face login before a large transfer (Express 4, ESM, global fetch). The session lifetime is one constant of the
// module, shared with the transfer hold below.
import express from 'express';
import { saveFaceLogin } from './store.js';

const ttl = 45;
const basic = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export const transfers = express.Router();

transfers.post('/transfers/:transferId/confirm-face', async (req, res, next) => {
  try {
    const { userId, enrollmentRef } = req.body;
    const response = await fetch('https://www.netverify.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: `Basic ${basic}`,
        'User-Agent': 'Acme Transfers/1.7',
      },
      body: JSON.stringify({
        enrollmentTransactionReference: enrollmentRef,
        userReference: userId,
        successUrl: `https://bank.acme-transfers.com/transfers/${req.params.transferId}/confirmed`,
        errorUrl: `https://bank.acme-transfers.com/transfers/${req.params.transferId}/held`,
        tokenLifetimeInMinutes: ttl,
      }),
    });
    if (!response.ok) throw new Error(`face login failed: ${response.status}`);
    const { redirectUrl, transactionReference } = await response.json();
    await saveFaceLogin(userId, transactionReference);
    res.json({ faceUrl: redirectUrl, holdMinutes: ttl });
  } catch (err) {
    next(err);
  }
});
