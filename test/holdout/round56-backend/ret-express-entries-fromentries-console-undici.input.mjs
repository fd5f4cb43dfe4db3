// Vesterhav Bank (DK) fraud console: an analyst looks a customer's face login up by its reference. Express 4, ESM,
// undici. The console's grid has one column per vendor field it shows, named as the vendor names them, so the
// answer is trimmed to those fields here and sent on as it is.
import express from 'express';
import { request } from 'undici';
import { openFraudCase } from './db.mjs';

const NV_EU_AUTHENTICATIONS = 'https://lon.netverify.com/api/netverify/v2/authentications';
const NV_BASIC = 'Basic ' + Buffer.from(`${process.env.VESTERHAV_NV_TOKEN}:${process.env.VESTERHAV_NV_SECRET}`).toString('base64');

// The grid's columns, in the grid's order.
const CONSOLE_FIELDS = ['transactionReference', 'transactionResult', 'transactionDate', 'userReference', 'scanSource'];

export const faceLoginLookup = express.Router();

faceLoginLookup.get('/fraud/face-logins/:reference', async (req, res, next) => {
  try {
    const { statusCode, body } = await request(`${NV_EU_AUTHENTICATIONS}/${encodeURIComponent(req.params.reference)}`, {
      headers: { accept: 'application/json', authorization: NV_BASIC, 'user-agent': 'Vesterhav-FraudConsole/3.0' },
    });
    if (statusCode === 404) {
      await body.dump();
      return res.status(404).json({ error: 'no face login with this reference' });
    }
    if (statusCode !== 200) {
      await body.dump();
      throw new Error(`face login lookup failed: HTTP ${statusCode}`);
    }

    const details = await body.json();
    // A failed face login opens a case on its own; the analyst only adds notes to it.
    if (details.transactionResult === 'FAILED') await openFraudCase(details.userReference, req.params.reference, req.user.id);

    res.json(Object.fromEntries(Object.entries(details).filter(([field]) => CONSOLE_FIELDS.includes(field))));
  } catch (err) {
    next(err);
  }
});
