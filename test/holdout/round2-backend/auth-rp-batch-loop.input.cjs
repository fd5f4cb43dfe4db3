'use strict';
// Nightly job: re-authenticate customers whose step-up is due.
const rp = require('request-promise');
const { knex } = require('./db.cjs');

const JUMIO_URLS = {
  US: 'https://netverify.com/api/authentication/v1/web/initiate',
  EU: 'https://lon.netverify.com/api/authentication/v1/web/initiate',
};

async function run(region) {
  const due = await knex('customers').where({ region, reauth_due: true });
  for (const customer of due) {
    try {
      const res = await rp({
        method: 'POST',
        uri: JUMIO_URLS[region],
        json: true,
        auth: { user: process.env.JUMIO_API_TOKEN, pass: process.env.JUMIO_API_SECRET, sendImmediately: true },
        headers: { 'User-Agent': 'Contoso Reauth/1.0' },
        body: {
          enrollmentTransactionReference: customer.enrollment_ref,
          userReference: String(customer.id),
          callbackUrl: process.env.JUMIO_CALLBACK_URL,
          tokenLifetimeInMinutes: 1440,
        },
      });
      await knex('customers')
        .where({ id: customer.id })
        .update({ reauth_link: res.redirectUrl, reauth_ref: res.transactionReference, reauth_due: false });
    } catch (err) {
      console.warn('re-auth initiate failed for %s: %s', customer.id, err.message);
    }
  }
}

module.exports = { run };
