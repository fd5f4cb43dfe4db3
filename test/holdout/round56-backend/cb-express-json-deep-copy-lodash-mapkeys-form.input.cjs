// Harrow & Dene Building Society (UK) mortgage portal: the results of the face logins that confirm a change of the
// account a mortgage is paid from. Express 4, CommonJS, lodash, knex. The vendor posts an HTML form; every result is
// kept as posted in face_login_results (one column per form field, in snake_case) before the change is settled.
'use strict';

const express = require('express');
const { mapKeys, omit, snakeCase } = require('lodash');
const { knex, settlePaymentAccountChange } = require('./db.cjs');

const router = express.Router();

router.post('/hooks/payment-account/face-login', express.urlencoded({ extended: false }), async (req, res, next) => {
  try {
    // The urlencoded parser hands us an object without a prototype, which knex's insert does not accept.
    const form = JSON.parse(JSON.stringify(req.body));
    if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') return res.sendStatus(204);

    // The liveness frames are links to images we never fetch: not kept. The vendor posts again until it gets a 200,
    // so a result we already hold is skipped by the conflict clause.
    const row = mapKeys(omit(form, ['livenessImages']), (_value, key) => snakeCase(key));
    await knex('face_login_results').insert(row).onConflict('transaction_reference').ignore();

    await settlePaymentAccountChange(form.transactionReference, form.transactionResult === 'PASSED');
    res.sendStatus(200);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
