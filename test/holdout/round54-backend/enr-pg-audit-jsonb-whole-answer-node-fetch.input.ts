// Cobalt Auto Finance (US) dealer portal: when a dealer submits a credit application, the applicant gets an e-mail
// with an identity verification link (ID document and selfie). Compliance keeps every identity vendor answer in the
// identity_audit table as received (a jsonb column); model risk queries it for the quarterly vendor review.
import fetch from 'node-fetch';
import pg from 'pg';
import { sendIdCheckEmail, type CreditApplication } from './db.js';

const pool = new pg.Pool({ connectionString: process.env.COBALT_DATABASE_URL });

const NV_V4_INITIATE = 'https://netverify.com/api/v4/initiate';
const NV_AUTH = 'Basic ' + Buffer.from(`${process.env.COBALT_NV_TOKEN}:${process.env.COBALT_NV_SECRET}`).toString('base64');
const PORTAL = 'https://apply.cobaltautofinance.example';

interface IdCheckStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

const INSERT_AUDIT = `
  INSERT INTO identity_audit (application_id, applicant_id, vendor, event, payload)
  VALUES ($1, $2, 'netverify', $3, $4::jsonb)`;

export async function startApplicantIdCheck(application: CreditApplication): Promise<{ scanReference: string; link: string }> {
  const { applicant } = application;

  const response = await fetch(NV_V4_INITIATE, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: NV_AUTH,
      'User-Agent': 'Cobalt-DealerPortal/4.0',
    },
    body: JSON.stringify({
      customerInternalReference: `CAF-${application.number}`,
      userReference: applicant.id,
      workflowId: 202,
      successUrl: `${PORTAL}/applications/${application.id}/identity/thanks`,
      errorUrl: `${PORTAL}/applications/${application.id}/identity/retry`,
      locale: 'en-US',
      tokenLifetimeInMinutes: 10080,
    }),
  });
  if (!response.ok) throw new Error(`identity verification initiate failed: HTTP ${response.status}`);
  const started = (await response.json()) as IdCheckStarted;

  // Compliance: the vendor's answer goes to the audit trail exactly as received.
  await pool.query(INSERT_AUDIT, [application.id, applicant.id, 'initiated', JSON.stringify(started)]);

  await sendIdCheckEmail(applicant.email, { applicationNumber: application.number, link: started.redirectUrl, expiresInDays: 7 });
  return { scanReference: started.transactionReference, link: started.redirectUrl };
}
