// Lakeshore Lending (US) loan origination: an applicant who applies from a desktop gets the ID check link by SMS, so
// that the photos are taken with the phone. ky, TypeScript. An application's ID checks live in its DynamoDB partition
// under the sort key IDCHECK#<vendor reference>.
import ky from 'ky';
import { idChecks, sendSms, shortenLink, type LoanApplication } from './db.js';

const NV_V4_INITIATE = 'https://netverify.com/api/v4/initiate';

interface IdCheckStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function textIdCheckLink(application: LoanApplication): Promise<{ sent: true; caseCode: string }> {
  const applicant = application.primaryApplicant;
  const started = await ky
    .post(NV_V4_INITIATE, {
      json: {
        customerInternalReference: `LL-${application.number}`,
        userReference: applicant.id,
        workflowId: 200,
        successUrl: `https://apply.lakeshore.example/applications/${application.id}/id/thanks`,
        errorUrl: `https://apply.lakeshore.example/applications/${application.id}/id/retry`,
        locale: 'en-US',
        tokenLifetimeInMinutes: 2880,
      },
      headers: {
        Accept: 'application/json',
        Authorization: `Basic ${Buffer.from(`${process.env.LAKESHORE_NV_TOKEN}:${process.env.LAKESHORE_NV_SECRET}`).toString('base64')}`,
        'User-Agent': 'Lakeshore-Origination/5.1',
      },
      timeout: 20_000,
    })
    .json<IdCheckStarted>();

  // SMS bodies must stay under 160 characters: the web client address goes through our shortener, for as long as the
  // link itself is valid (48 hours).
  const link = await shortenLink(started.redirectUrl, { ttlHours: 48 });
  await sendSms(applicant.mobile, `Lakeshore Lending: confirm your ID for application ${application.number} at ${link}`);

  await idChecks.put({
    pk: `APP#${application.id}`,
    sk: `IDCHECK#${started.transactionReference}`,
    createdAt: started.timestamp,
    channel: 'sms',
  });
  // Underwriters quote the case code on the phone: the reference without dashes, upper case, first twelve characters.
  return { sent: true, caseCode: started.transactionReference.replace(/-/g, '').slice(0, 12).toUpperCase() };
}
