'use strict';
// Re-authentication worker of the Tidewater member app (US tenant, CommonJS). Members whose session was flagged by
// the fraud rules get a face-login link by push notification before they can move money again.
//
// The vendor settings come from the workers' config barrel (jumio-config.cjs), the request body from the shared
// builder the API route uses too (face-login-request.cjs), so both send the same fields.
const got = require('got');
const config = require('./jumio-config.cjs');
const { buildFaceLoginRequest } = require('./face-login-request.cjs');
const { findMember, saveFaceLogin, sendPush } = require('./store');

const REAUTH_MINUTES = 30;

async function requestFaceLogin(memberId, { reason, locale } = {}) {
  const member = await findMember(memberId);
  if (!member || !member.jumioEnrollment) {
    return { skipped: true, reason: 'no identity check on file' };
  }

  const started = await got
    .post(`${config.netverify.US_ORIGIN}${config.netverify.AUTH_INITIATE_PATH}`, {
      json: buildFaceLoginRequest(member, { locale, returnTo: config.portal.origin, minutes: REAUTH_MINUTES }),
      username: config.netverify.API_TOKEN,
      password: config.netverify.API_SECRET,
      headers: { Accept: 'application/json', 'User-Agent': config.netverify.USER_AGENT },
      timeout: { request: config.http.timeoutMs },
    })
    .json();

  await saveFaceLogin(member.id, started.transactionReference);
  await sendPush(member.id, {
    title: 'Confirm it is you',
    body: 'Open the link to confirm your identity before your next transfer.',
    url: started.redirectUrl,
    category: reason || 'fraud-review',
  });
  return { skipped: false, reference: started.transactionReference };
}

// The worker's queue handler: one message per flagged session.
async function handleReauthMessage(message) {
  const { memberId, reason, locale } = JSON.parse(message.body);
  const outcome = await requestFaceLogin(memberId, { reason, locale });
  if (outcome.skipped) console.info('re-auth skipped for %s: %s', memberId, outcome.reason);
  return outcome;
}

module.exports = { requestFaceLogin, handleReauthMessage };
