// Cedar Hollow Storage (US) self-storage rentals: the first month is paid on Lantern Pay's hosted payment page.
// CommonJS, request-promise-native, knex. Every payment session gets a row in payment_sessions whose columns are
// Lantern's own field names in snake_case; finance's Metabase questions read those columns directly.
'use strict';

const rp = require('request-promise-native');
const snakecaseKeys = require('snakecase-keys');
const { knex, findRental } = require('./db.cjs');

const LANTERN_V4_INITIATE = 'https://api.lanternpay.example/v4/initiate';

async function startFirstMonthPayment(rentalId) {
  const rental = await findRental(rentalId);

  const started = await rp({
    method: 'POST',
    uri: LANTERN_V4_INITIATE,
    auth: { user: process.env.LANTERN_MERCHANT_ID, pass: process.env.LANTERN_API_KEY, sendImmediately: true },
    headers: { Accept: 'application/json', 'User-Agent': 'CedarHollow-Rentals/2.1' },
    body: {
      merchantReference: `CHS-${rental.number}`,
      userReference: rental.tenantId,
      amount: rental.firstMonthCents,
      currency: 'USD',
      successUrl: `https://rent.cedarhollow.example/rentals/${rental.number}/paid`,
      errorUrl: `https://rent.cedarhollow.example/rentals/${rental.number}/payment-failed`,
      locale: 'en-US',
      tokenLifetimeInMinutes: 2880,
    },
    json: true,
  });

  // One row per session, the answer's fields as columns (timestamp, redirect_url, transaction_reference).
  await knex('payment_sessions').insert({ rental_id: rental.id, provider: 'lantern', ...snakecaseKeys(started) });

  return { reference: started.transactionReference, link: started.redirectUrl };
}

// Used by the payments worker when Lantern's webhook arrives.
async function findPaymentSession(reference) {
  return knex('payment_sessions').where({ provider: 'lantern', transaction_reference: reference }).first();
}

module.exports = { startFirstMonthPayment, findPaymentSession };
