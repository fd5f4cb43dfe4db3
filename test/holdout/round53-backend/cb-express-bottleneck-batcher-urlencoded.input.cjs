// Cascade Payments (US) payouts: the face-login result hook. The results arrive in bursts after the evening payout
// run, so they are not written one by one: Bottleneck's Batcher collects them and the ledger gets one insert per
// batch (at most fifty results, at most two seconds late).
'use strict';

const express = require('express');
const Bottleneck = require('bottleneck');
const { recordFaceLoginResults } = require('./db.cjs');

const batcher = new Bottleneck.Batcher({ maxTime: 2000, maxSize: 50 });

batcher.on('batch', async (forms) => {
  try {
    await recordFaceLoginResults(
      forms.map((form) => ({
        reference: form.transactionReference,
        result: form.transactionResult,
        decidedAt: form.transactionDate,
        member: form.userReference || null,
      })),
    );
  } catch (err) {
    console.error('face login results batch not recorded', forms.length, err);
  }
});

const router = express.Router();

router.post('/hooks/payouts/face-login', express.urlencoded({ extended: false }), (req, res) => {
  if (req.body.callBackType !== 'NETVERIFY_AUTHENTICATION') {
    return res.sendStatus(204);
  }
  if (!req.body.transactionReference) {
    return res.sendStatus(400);
  }
  batcher.add(req.body);
  res.sendStatus(200);
});

module.exports = router;
