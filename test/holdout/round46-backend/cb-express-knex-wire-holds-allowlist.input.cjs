'use strict';
// Bayview Federal (US): wires to a new beneficiary are held until the customer passes a face login. The vendor posts
// the result here; it goes straight into the payments team's wire_holds table (their column names, their triggers).
const express = require('express');
const { db } = require('./db.cjs');

const router = express.Router();

// Callback sources of the US data centre (vendor documentation, 2020).
const NETVERIFY_US_CALLBACK_IPS = new Set(['34.202.241.227', '34.226.103.119', '34.226.254.127', '52.52.51.178', '52.53.95.123', '54.67.101.173']);

router.post('/netverify/wire-step-up', express.urlencoded({ extended: false }), async (req, res) => {
  if (!NETVERIFY_US_CALLBACK_IPS.has(req.ip)) return res.sendStatus(403);

  const form = req.body;
  if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') return res.sendStatus(204);

  try {
    await db.transaction(async (trx) => {
      const updated = await trx('wire_holds')
        .where({ transaction_reference: form.transactionReference, enrollment_transaction_reference: form.enrollmentTransactionReference })
        .update({
          transaction_result: form.transactionResult,
          decided_at: form.transactionDate,
          face_image_url: form.idScanImageFace || null,
          callback_received_at: db.fn.now(),
        });
      await trx('wire_hold_events').insert({
        transaction_reference: form.transactionReference,
        event: updated ? 'face-login-decided' : 'face-login-orphan',
        source_ip: req.ip,
      });
    });
  } catch (err) {
    console.error('wire hold update failed', err);
    return res.sendStatus(500);
  }
  res.sendStatus(200);
});

// The operations dashboard: the hold's face-login columns under the names the dashboard's grid was built with.
router.get('/wire-holds/:holdId/face-login', async (req, res) => {
  const row = await db('wire_holds')
    .select({ transactionReference: 'transaction_reference', transactionResult: 'transaction_result', decidedAt: 'decided_at' })
    .where({ id: req.params.holdId })
    .first();
  if (!row) return res.sendStatus(404);
  res.json(row);
});

module.exports = router;
