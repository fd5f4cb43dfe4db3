// ID check of new savers (EU data centre). Node 8 style: the request library's callback API turned into promises
// with util.promisify, so the service could use async/await without changing its HTTP client.
'use strict';

const util = require('util');
const request = require('request');
const { saveKycCase } = require('./store');

const post = util.promisify(request.post);

const V4_INITIATE = 'https://lon.netverify.com/api/v4/initiate';
const PUBLIC_URL = process.env.PUBLIC_URL || 'https://konto.rheinsparen.example';

async function startIdCheck(saver) {
  const response = await post({
    url: V4_INITIATE,
    json: true,
    body: {
      customerInternalReference: 'saver-' + saver.id,
      userReference: saver.id,
      workflowId: 100,
      presets: [{ index: 1, country: 'DEU', type: 'ID_CARD' }],
      successUrl: PUBLIC_URL + '/onboarding/identity/submitted',
      errorUrl: PUBLIC_URL + '/onboarding/identity/error',
      locale: 'de',
      tokenLifetimeInMinutes: 1440,
    },
    auth: { user: process.env.JUMIO_API_TOKEN, pass: process.env.JUMIO_API_SECRET, sendImmediately: true },
    headers: { 'User-Agent': 'Rheinsparen Onboarding/1.4' },
  });

  if (response.statusCode !== 200) {
    throw new Error('ID check could not start: HTTP ' + response.statusCode);
  }

  await saveKycCase(saver.id, response.body.transactionReference);
  return { url: response.body.redirectUrl, reference: response.body.transactionReference };
}

async function startIdChecks(savers) {
  const started = [];
  for (const saver of savers) {
    started.push(await startIdCheck(saver));
  }
  return started;
}

module.exports = { startIdCheck, startIdChecks };
