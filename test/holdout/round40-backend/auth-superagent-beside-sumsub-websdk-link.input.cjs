// Step-up for high-value transfers (Lion City Remit, SG). Customers who enrolled with Jumio before the 2023 switch
// re-authenticate with a Jumio face login against that enrolment; everyone onboarded since then does Sumsub's liveness
// level through a WebSDK link. Both flows send the customer back to the same return pages of the web app.
'use strict';

const crypto = require('node:crypto');
const superagent = require('superagent');
const { saveFaceLogin } = require('./store.js');

const APP_ORIGIN = process.env.APP_ORIGIN || 'https://app.lioncityremit.example';
const RETURN_OK = `${APP_ORIGIN}/transfer/step-up/done`;
const RETURN_FAILED = `${APP_ORIGIN}/transfer/step-up/failed`;
const USER_AGENT = 'LionCityRemit-StepUp/2.4';

const JUMIO_INITIATE = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';
const SUMSUB_BASE = 'https://api.sumsub.com';
const SUMSUB_LINK_PATH = '/resources/sdkIntegrations/levels/-/websdkLink';

// Sumsub signs every request: HMAC-SHA256 over ts + METHOD + path + body with the app token's secret.
function sumsubHeaders(method, path, body) {
  const ts = Math.floor(Date.now() / 1000).toString();
  const signature = crypto
    .createHmac('sha256', process.env.SUMSUB_SECRET_KEY)
    .update(ts + method.toUpperCase() + path + (body ? JSON.stringify(body) : ''))
    .digest('hex');
  return {
    'X-App-Token': process.env.SUMSUB_APP_TOKEN,
    'X-App-Access-Ts': ts,
    'X-App-Access-Sig': signature,
  };
}

async function startJumioFaceLogin(customer, locale) {
  const res = await superagent
    .post(JUMIO_INITIATE)
    .auth(process.env.JUMIO_API_TOKEN, process.env.JUMIO_API_SECRET)
    .set('Accept', 'application/json')
    .set('User-Agent', USER_AGENT)
    .timeout({ response: 10000 })
    .send({
      enrollmentTransactionReference: customer.jumioEnrolmentRef,
      userReference: customer.id,
      successUrl: RETURN_OK,
      errorUrl: RETURN_FAILED,
      locale,
      tokenLifetimeInMinutes: 15,
    });
  await saveFaceLogin(customer.id, res.body.transactionReference);
  return { provider: 'jumio', url: res.body.redirectUrl };
}

async function startSumsubLiveness(customer) {
  const body = {
    levelName: 'step-up-liveness',
    userId: customer.id,
    ttlInSecs: 900,
    redirect: { successUrl: RETURN_OK, rejectUrl: RETURN_FAILED },
  };
  const res = await superagent
    .post(SUMSUB_BASE + SUMSUB_LINK_PATH)
    .set(sumsubHeaders('POST', SUMSUB_LINK_PATH, body))
    .set('Accept', 'application/json')
    .set('User-Agent', USER_AGENT)
    .timeout({ response: 10000 })
    .send(body);
  return { provider: 'sumsub', url: res.body.url };
}

/** The route handler calls this; the app opens whatever `url` comes back. */
async function startStepUp(customer, locale = 'en') {
  if (customer.jumioEnrolmentRef) return startJumioFaceLogin(customer, locale);
  return startSumsubLiveness(customer);
}

module.exports = { startStepUp };
