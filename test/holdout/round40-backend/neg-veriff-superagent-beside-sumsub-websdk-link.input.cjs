// Step-up for high-value transfers (Lion City Remit, MY book). Customers onboarded by the Kuala Lumpur team before the
// merger re-verify with a Veriff session; everyone onboarded since then does Sumsub's liveness level through a WebSDK
// link. Both flows send the customer back to the same return pages of the web app.
'use strict';

const crypto = require('node:crypto');
const superagent = require('superagent');
const { saveFaceLogin } = require('./store.js');

const APP_ORIGIN = process.env.APP_ORIGIN || 'https://my.lioncityremit.example';
const RETURN_OK = `${APP_ORIGIN}/transfer/step-up/done`;
const RETURN_FAILED = `${APP_ORIGIN}/transfer/step-up/failed`;
const USER_AGENT = 'LionCityRemit-StepUp-MY/2.4';

const VERIFF_SESSIONS = 'https://stationapi.veriff.com/v1/sessions';
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

async function startVeriffSession(customer) {
  const res = await superagent
    .post(VERIFF_SESSIONS)
    .set('X-AUTH-CLIENT', process.env.VERIFF_API_KEY)
    .set('Accept', 'application/json')
    .set('User-Agent', USER_AGENT)
    .timeout({ response: 10000 })
    .send({
      verification: {
        callback: RETURN_OK,
        vendorData: customer.id,
        person: { firstName: customer.firstName, lastName: customer.lastName },
      },
    });
  await saveFaceLogin(customer.id, res.body.verification.id);
  return { provider: 'veriff', url: res.body.verification.url };
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
async function startStepUp(customer) {
  if (customer.veriffLegacy) return startVeriffSession(customer);
  return startSumsubLiveness(customer);
}

module.exports = { startStepUp };
