// Face login result route of the SG wallet (Express 4, ESM, the global fetch wrapped in p-retry: the result is asked
// again on a 5xx, never on a 404).
import express from 'express';
import pRetry, { AbortError } from 'p-retry';
import { saveResult } from './store.js';

export const resultsRouter = express.Router();

const basic = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

resultsRouter.get('/face-logins/:reference/result', async (req, res, next) => {
  const { reference } = req.params;
  try {
    const details = await pRetry(
      async () => {
        const response = await fetch(`https://core-sgp.jumio.com/api/netverify/v2/authentications/${reference}`, {
          headers: { Accept: 'application/json', Authorization: basic, 'User-Agent': 'Acme Wallet SG/9.0' },
        });
        if (response.status === 404) throw new AbortError('unknown face login');
        if (!response.ok) throw new Error(`retrieval answered ${response.status}`);
        return response.json();
      },
      { retries: 4, minTimeout: 500 },
    );
    await saveResult(details.transactionReference, { result: details.transactionResult });
    res.json({ reference: details.transactionReference, user: details.userReference ?? null, result: details.transactionResult });
  } catch (err) {
    next(err);
  }
});
