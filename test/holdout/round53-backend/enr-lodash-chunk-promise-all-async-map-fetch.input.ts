// Redwood Lending (US) loan origination: the nightly batch opens the identity check of every applicant whose file
// reached underwriting that day, twenty applicants at a time (the vendor throttles bursts). Each applicant's link and
// scan reference go back to the application file; the applicant gets the link from the morning mail run.
import { chunk } from 'lodash-es';
import { applicantsReadyForIdCheck, saveIdChecks, type Applicant, type IdCheckRow } from './db.js';

const NETVERIFY_V4 = 'https://netverify.com/api/v4/initiate';
const BASIC = `Basic ${Buffer.from(`${process.env.REDWOOD_NV_TOKEN}:${process.env.REDWOOD_NV_SECRET}`).toString('base64')}`;
const PORTAL = 'https://apply.redwoodlending.example';

interface IdCheckStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function openIdChecksForUnderwriting(batchDate: string): Promise<number> {
  const applicants = await applicantsReadyForIdCheck(batchDate);
  let opened = 0;

  for (const group of chunk(applicants, 20)) {
    const rows: IdCheckRow[] = await Promise.all(
      group.map(async (applicant: Applicant) => {
        const res = await fetch(NETVERIFY_V4, {
          method: 'POST',
          headers: {
            Accept: 'application/json',
            'Content-Type': 'application/json',
            Authorization: BASIC,
            'User-Agent': 'Redwood-LOS/5.0',
          },
          body: JSON.stringify({
            customerInternalReference: `${applicant.applicationId}-${applicant.id}`,
            userReference: applicant.id,
            workflowId: 200,
            presets: [{ index: 1, country: 'USA', type: 'DRIVING_LICENSE' }],
            successUrl: `${PORTAL}/applications/${applicant.applicationId}/identity/done`,
            errorUrl: `${PORTAL}/applications/${applicant.applicationId}/identity/retry`,
            locale: 'en-US',
            tokenLifetimeInMinutes: 60 * 24 * 14,
          }),
        });
        if (!res.ok) throw new Error(`identity check for applicant ${applicant.id}: HTTP ${res.status}`);
        const started = (await res.json()) as IdCheckStarted;
        return {
          applicationId: applicant.applicationId,
          applicantId: applicant.id,
          scanReference: started.transactionReference,
          link: started.redirectUrl,
        };
      }),
    );
    await saveIdChecks(rows);
    opened += rows.length;
  }
  return opened;
}
