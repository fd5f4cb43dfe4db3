// Brouwer & Kalf Bank (NL) business banking: a new SEPA direct-debit mandate above €10,000 is signed off with the
// director's face login. Express 4, ESM, node-fetch. The team writes its mappers point-free with Ramda: every
// vendor answer is turned into the bank's own shape at the edge, and nothing past the edge knows the vendor's names.
import express from 'express';
import fetch from 'node-fetch';
import * as R from 'ramda';
import { findMandate, saveMandateStepUp } from './db.mjs';

const NV_EU_INITIATE = 'https://lon.netverify.com/api/authentication/v1/web/initiate';
const NV_BASIC = 'Basic ' + Buffer.from(`${process.env.BROUWER_NV_TOKEN}:${process.env.BROUWER_NV_SECRET}`).toString('base64');

// Vendor answer → StepUp { url, reference, startedAt }.
const toStepUp = R.applySpec({
  url: R.prop('redirectUrl'),
  reference: R.prop('transactionReference'),
  startedAt: R.prop('timestamp'),
});

export const mandates = express.Router();

mandates.post('/mandates/:mandateId/sign-off/face-login', async (req, res, next) => {
  try {
    const mandate = await findMandate(req.params.mandateId, req.user.companyId);
    const director = mandate.signatory;

    const response = await fetch(NV_EU_INITIATE, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: NV_BASIC,
        'User-Agent': 'BrouwerKalf-Zakelijk/7.1',
      },
      body: JSON.stringify({
        enrollmentTransactionReference: director.netverifyEnrollment,
        userReference: director.directorNo,
        successUrl: `https://zakelijk.brouwerkalf.example/machtigingen/${mandate.id}/akkoord`,
        errorUrl: `https://zakelijk.brouwerkalf.example/machtigingen/${mandate.id}/niet-akkoord`,
        locale: 'nl',
        tokenLifetimeInMinutes: 60,
      }),
    });
    if (!response.ok) throw new Error(`face login initiate failed: HTTP ${response.status}`);

    const stepUp = toStepUp(await response.json());
    await saveMandateStepUp(mandate.id, stepUp.reference, stepUp.startedAt);
    res.redirect(303, stepUp.url);
  } catch (err) {
    next(err);
  }
});
