// Identity step of the loan application (Express 4, ESM, the global fetch). The data centre and the link lifetime
// come from the application's settings module; the hosts of the three data centres are listed here.
import express from 'express';
import { kyc } from './kyc-settings.mjs';
import { saveKycCase } from './store.js';

const DATA_CENTRES = {
  US: 'https://netverify.com',
  EU: 'https://lon.netverify.com',
  SGP: 'https://core-sgp.jumio.com',
};

const credentials = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export const identityRouter = express.Router();

identityRouter.post('/applications/:applicationId/identity', async (req, res, next) => {
  try {
    const { applicationId } = req.params;
    const response = await fetch(`${DATA_CENTRES[kyc.dataCentre]}/api/v4/initiate`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: `Basic ${credentials}`,
        'User-Agent': kyc.userAgent,
      },
      body: JSON.stringify({
        customerInternalReference: applicationId,
        userReference: req.user.id,
        workflowId: 202,
        successUrl: `${kyc.returnUrl}?application=${applicationId}`,
        errorUrl: `${kyc.returnUrl}?application=${applicationId}&failed=1`,
        locale: req.acceptsLanguages('de', 'fr', 'en') || 'en',
        tokenLifetimeInMinutes: kyc.linkTtlMinutes,
      }),
    });
    if (!response.ok) throw new Error(`identity step unavailable (${response.status})`);
    const { redirectUrl, transactionReference } = await response.json();
    await saveKycCase(applicationId, transactionReference);
    res.json({ next: redirectUrl });
  } catch (err) {
    next(err);
  }
});
