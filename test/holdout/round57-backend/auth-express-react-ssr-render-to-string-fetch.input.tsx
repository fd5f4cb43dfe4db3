// Bluestem Health (US) patient portal: before the portal releases a patient's records to another provider, the patient
// confirms the release with a face login. Express 4, pages rendered on the server with React 18 (renderToString), the
// global fetch of Node 20.
import express from 'express';
import { renderToString } from 'react-dom/server';
import { FaceLoginPage } from './views/FaceLoginPage.js';
import { findRecordsRelease, saveReleaseStepUp } from './db.js';

const NV_INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';
const NV_AUTHORIZATION = `Basic ${Buffer.from(`${process.env.BLUESTEM_NV_TOKEN}:${process.env.BLUESTEM_NV_SECRET}`).toString('base64')}`;

type FaceLoginStarted = {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
};

export const recordsReleasePages = express.Router();

recordsReleasePages.get('/records/releases/:releaseId/confirm', async (req, res, next) => {
  try {
    const release = await findRecordsRelease(req.params.releaseId, req.user.patientId);
    if (!release) return res.status(404).send('Not found');

    const response = await fetch(NV_INITIATE, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: NV_AUTHORIZATION,
        'User-Agent': 'Bluestem-Portal/2.9',
      },
      body: JSON.stringify({
        enrollmentTransactionReference: release.patient.identityReference,
        userReference: release.patient.mrn,
        successUrl: `https://portal.bluestemhealth.example/records/releases/${release.id}/confirmed`,
        errorUrl: `https://portal.bluestemhealth.example/records/releases/${release.id}/not-confirmed`,
        locale: 'en-US',
        tokenLifetimeInMinutes: 30,
      }),
    });
    if (!response.ok) throw new Error(`face login initiate failed: HTTP ${response.status}`);
    const started = (await response.json()) as FaceLoginStarted;

    await saveReleaseStepUp(release.id, started.transactionReference);

    const html = renderToString(
      <FaceLoginPage
        patientName={release.patient.firstName}
        recipient={release.recipient.name}
        frameUrl={started.redirectUrl}
        reference={started.transactionReference}
      />,
    );
    res.status(200).type('html').send(`<!doctype html>${html}`);
  } catch (err) {
    next(err);
  }
});
