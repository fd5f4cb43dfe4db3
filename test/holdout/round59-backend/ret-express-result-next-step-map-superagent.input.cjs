// Tallgrass Mutual (US) claims: before a claim payout above $2,500 goes to a new bank account, the claimant confirms it
// with a face login, and the adjuster's queue shows what to do next. CommonJS, superagent, an Express 4 router mounted
// under /api by the adjusters' app.
const express = require('express');
const superagent = require('superagent');
const { findClaimPayout, recordPayoutStep } = require('./db.cjs');

const NV_AUTHENTICATIONS = 'https://www.netverify.com/api/netverify/v2/authentications';

// What the adjuster does next, by the vendor's result. Anything not listed (CREATED, STARTED) means: wait.
const NEXT_STEP = new Map([
  ['PASSED', 'release-payout'],
  ['FAILED', 'call-claimant'],
  ['INVALID', 'resend-link'],
  ['EXPIRED', 'resend-link'],
]);

const router = express.Router();

router.get('/claims/:claimId/payout/face-login', async (req, res, next) => {
  try {
    const payout = await findClaimPayout(req.params.claimId);
    if (!payout || !payout.faceLoginReference) return res.status(404).json({ error: 'no face login for this payout' });

    const response = await superagent
      .get(`${NV_AUTHENTICATIONS}/${payout.faceLoginReference}`)
      .auth(process.env.TALLGRASS_NV_TOKEN, process.env.TALLGRASS_NV_SECRET)
      .set('Accept', 'application/json')
      .set('User-Agent', 'Tallgrass-Claims/8.4');
    const details = response.body;

    const step = NEXT_STEP.get(details.transactionResult) || 'wait';
    await recordPayoutStep(payout.id, {
      step,
      claimant: details.userReference || null,
      faceLoginReference: details.transactionReference,
    });
    res.json({ claimId: payout.claimId, step });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
