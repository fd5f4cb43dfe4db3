// Hafenstadt Leasing (EU) customer portal: changing the bank account the lease instalments are drawn from is confirmed
// with a face login. Express 4, ESM, node-fetch. The portal shows the web client inside its own frame page, and that
// page only frames links this route signed (the state parameter), so nobody can make the portal frame another address.
import { createHmac } from 'node:crypto';
import express from 'express';
import fetch from 'node-fetch';
import { findContract, saveMandateStepUp } from './db.mjs';

const NETVERIFY_EU = 'https://lon.netverify.com/api/authentication/v1/web/initiate';
const FRAME_LINK_SECRET = process.env.FRAME_LINK_SECRET;

export const mandateRoutes = express.Router();

mandateRoutes.post('/contracts/:contractId/bank-account/face-login', async (req, res, next) => {
  try {
    const contract = await findContract(req.params.contractId);
    const response = await fetch(NETVERIFY_EU, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: `Basic ${Buffer.from(`${process.env.HAFENSTADT_NV_TOKEN}:${process.env.HAFENSTADT_NV_SECRET}`).toString('base64')}`,
        'User-Agent': 'Hafenstadt-Kundenportal/4.6',
      },
      body: JSON.stringify({
        enrollmentTransactionReference: contract.lessee.netverifyReference,
        userReference: contract.lessee.customerNo,
        successUrl: `https://kunden.hafenstadt-leasing.example/vertraege/${contract.id}/konto/bestaetigt`,
        errorUrl: `https://kunden.hafenstadt-leasing.example/vertraege/${contract.id}/konto/abgebrochen`,
        locale: 'de',
        tokenLifetimeInMinutes: 15,
      }),
    });
    if (!response.ok) throw new Error(`face login initiate: HTTP ${response.status}`);
    const started = await response.json();

    const state = createHmac('sha256', FRAME_LINK_SECRET).update(`${contract.id}.${started.transactionReference}`).digest('base64url');
    await saveMandateStepUp(contract.id, started.transactionReference);
    res.redirect(303, `/vertraege/${contract.id}/identitaet?src=${encodeURIComponent(started.redirectUrl)}&state=${state}`);
  } catch (err) {
    next(err);
  }
});
