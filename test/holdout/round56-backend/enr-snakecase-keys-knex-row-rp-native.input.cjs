// Redwood Lane Property Management (US) tenant screening: a lease applicant verifies their identity (ID document and
// selfie) before the screening report is ordered. CommonJS, request-promise-native, knex. Every identity vendor
// session gets a row in idv_sessions whose columns are the vendor's own field names in snake_case; the leasing team's
// Metabase questions read those columns directly.
'use strict';

const rp = require('request-promise-native');
const snakecaseKeys = require('snakecase-keys');
const { knex, findApplication } = require('./db.cjs');

const NV_V4_INITIATE = 'https://netverify.com/api/v4/initiate';

async function startTenantIdCheck(applicationId) {
  const application = await findApplication(applicationId);

  const started = await rp({
    method: 'POST',
    uri: NV_V4_INITIATE,
    auth: { user: process.env.REDWOOD_NV_TOKEN, pass: process.env.REDWOOD_NV_SECRET, sendImmediately: true },
    headers: { Accept: 'application/json', 'User-Agent': 'RedwoodLane-Screening/3.2' },
    body: {
      customerInternalReference: `RLA-${application.number}`,
      userReference: application.applicantId,
      workflowId: 200,
      successUrl: `https://apply.redwoodlane.example/applications/${application.number}/identity/done`,
      errorUrl: `https://apply.redwoodlane.example/applications/${application.number}/identity/retry`,
      locale: 'en-US',
      tokenLifetimeInMinutes: 2880,
    },
    json: true,
  });

  // One row per session, the answer's fields as columns (timestamp, redirect_url, transaction_reference).
  await knex('idv_sessions').insert({ application_id: application.id, vendor: 'netverify', ...snakecaseKeys(started) });

  return { reference: started.transactionReference, link: started.redirectUrl };
}

// Used by the screening worker when the vendor's result arrives.
async function findIdvSession(reference) {
  return knex('idv_sessions').where({ vendor: 'netverify', transaction_reference: reference }).first();
}

module.exports = { startTenantIdCheck, findIdvSession };
