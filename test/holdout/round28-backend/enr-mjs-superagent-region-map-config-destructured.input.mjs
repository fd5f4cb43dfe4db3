// Identity onboarding of the lettings portal (ESM, superagent). Each letting agency signed with one data centre; the
// credentials are destructured once from the settings module.
import request from 'superagent';
import config from './config.cjs';
import { saveKycCase } from './db.cjs';

const JUMIO_HOSTS = {
  us: 'https://netverify.com',
  eu: 'https://lon.netverify.com',
};

const { apiToken, apiSecret, userAgent } = config.jumio;

export async function startIdentityCheck(applicant, agency) {
  const res = await request
    .post(`${JUMIO_HOSTS[agency.region]}/api/v4/initiate`)
    .auth(apiToken, apiSecret)
    .set('User-Agent', userAgent)
    .send({
      customerInternalReference: `applicant-${applicant.id}`,
      userReference: applicant.id,
      workflowId: 100,
      presets: [{ index: 1, country: applicant.country, type: 'ID_CARD' }],
      successUrl: `${config.publicUrl}/identity/thanks`,
      locale: applicant.locale,
    });
  await saveKycCase(applicant.id, res.body.transactionReference);
  return { identityUrl: res.body.redirectUrl };
}
