// Account opening of the neobank (Express 4, ESM, the global fetch). The Jumio data centre of a deployment is set by
// JUMIO_DC; the identity check must leave a face map for the step-up logins that follow.
import express from 'express';
import { saveKycCase } from './store.js';

const router = express.Router();

router.post('/applications/:applicationId/identity', async (req, res) => {
  const applicant = req.body;
  const jumioBase = process.env.JUMIO_DC === 'EU' ? 'https://lon.netverify.com' : 'https://netverify.com';
  const payload = {
    customerInternalReference: req.params.applicationId,
    userReference: applicant.userId,
    workflowId: 200,
    successUrl: 'https://open.acme-neobank.com/identity/finished',
    errorUrl: 'https://open.acme-neobank.com/identity/problem',
    tokenLifetimeInMinutes: 1440,
  };
  const response = await fetch(`${jumioBase}/api/v4/initiate`, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64'),
      'User-Agent': 'Acme Neobank/3.3',
    },
    body: JSON.stringify(payload),
  });
  const json = await response.json();
  await saveKycCase(applicant.userId, json.transactionReference);
  res.status(201).json({ identityUrl: json.redirectUrl });
});

export default router;
