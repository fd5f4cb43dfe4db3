// Aldergrove Credit Union: ID verification of a membership applicant (Netverify v4 initiate, US data centre).
// The onboarding team aligns the colons of request payloads and writes no trailing commas.
import superagent from 'superagent';
import { saveOnboarding } from './db.mjs';

const NV_V4_INITIATE = 'https://netverify.com/api/v4/initiate';
const NV_TOKEN = process.env.ALDERGROVE_NV_TOKEN;
const NV_SECRET = process.env.ALDERGROVE_NV_SECRET;
const PORTAL = 'https://join.aldergrove.example';

export async function startOnboarding(applicant) {
  const res = await superagent
    .post(NV_V4_INITIATE)
    // API user of the onboarding team (portal: Settings → API credentials)
    .auth(NV_TOKEN, NV_SECRET)
    .set('Accept', 'application/json')
    // support asks for the app version in every ticket
    .set('User-Agent', 'Aldergrove-Join/5.4')
    .send({
      customerInternalReference : applicant.applicationNo,
      userReference             : applicant.applicationNo,
      workflowId                : 201,
      successUrl                : `${PORTAL}/applications/${applicant.applicationNo}/id/done`,
      errorUrl                  : `${PORTAL}/applications/${applicant.applicationNo}/id/failed`,
      locale                    : 'en-US',
      tokenLifetimeInMinutes    : 60
    });
  await saveOnboarding(applicant.applicationNo, {
    idScanReference: res.body.transactionReference,
    startedAt      : res.body.timestamp
  });
  return { redirectTo: res.body.redirectUrl };
}
