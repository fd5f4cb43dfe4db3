// Status endpoint the mobile web app polls after a face login (Express 4, ESM, node-fetch v3). SG data centre.
import express from 'express';
import fetch from 'node-fetch';
import { markUserVerified } from './store.js';

const AUTHENTICATIONS = 'https://core-sgp.jumio.com/api/netverify/v2/authentications';

function authorization() {
  return `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`;
}

export const statusRouter = express.Router();

statusRouter.get('/face-login/:reference/status', async (req, res, next) => {
  try {
    const response = await fetch(`${AUTHENTICATIONS}/${req.params.reference}`, {
      headers: { Accept: 'application/json', Authorization: authorization(), 'User-Agent': 'Acme Mobile/6.1' },
    });
    if (response.status === 404) return res.status(404).json({ status: 'unknown' });
    const { transactionResult, userReference, transactionReference } = await response.json();
    if (transactionResult === 'PASSED' && userReference) await markUserVerified(userReference, true);
    res.json({ reference: transactionReference, status: transactionResult.toLowerCase() });
  } catch (err) {
    next(err);
  }
});
