// Onboarding service (SG): the identity step of a new account application. Opens the vendor's ID + selfie check
// for the applicant and hands the web-client link to the application form, which embeds it.
//
// The vendor settings are the service's frozen config module (netverify.config.mjs), imported by default.
import { Router } from 'express';
import netverify from './netverify.config.mjs';
import { findApplication, saveVerification } from './store.js';

export const identityStep = Router();

const APPLY_ORIGIN = process.env.APPLY_ORIGIN ?? 'https://apply.tidewater-bank.example';

identityStep.post('/applications/:applicationId/identity', async (req, res) => {
  const application = await findApplication(req.params.applicationId);
  if (!application) {
    res.status(404).json({ error: 'unknown application' });
    return;
  }

  const response = await fetch(`${netverify.origin}${netverify.initiatePath}`, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: `Basic ${netverify.basicCredentials}`,
      'User-Agent': netverify.userAgent,
    },
    body: JSON.stringify({
      customerInternalReference: application.id,
      userReference: application.applicantId,
      workflowId: 200,
      presets: [{ index: 1, country: 'SGP', type: 'ID_CARD' }],
      successUrl: `${APPLY_ORIGIN}/apply/${application.id}/identity/done`,
      errorUrl: `${APPLY_ORIGIN}/apply/${application.id}/identity/error`,
      callbackUrl: `${APPLY_ORIGIN}/hooks/jumio/id-verification`,
      locale: req.acceptsLanguages('en', 'zh-CN') || 'en',
      tokenLifetimeInMinutes: 4320,
    }),
  });

  if (!response.ok) {
    req.log.error({ status: response.status }, 'identity step could not be opened');
    res.status(502).json({ error: 'identity provider unavailable' });
    return;
  }

  const started = await response.json();
  await saveVerification(application.id, started.transactionReference);
  res.status(201).json({ href: started.redirectUrl, expiresInDays: 3 });
});
