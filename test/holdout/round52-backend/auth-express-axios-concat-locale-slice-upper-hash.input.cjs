// Prairie Gate Credit Union (US) member portal: changing the account a loan pays out to is confirmed with a face
// login. Express 4 router, CommonJS, axios. Member services read the first block of the reference to the member over
// the phone; the full reference never goes to the logs (it opens the face images in the vendor's portal).
'use strict';

const crypto = require('crypto');
const express = require('express');
const axios = require('axios');
const { findLoan, saveLoanStepUp, logger } = require('./db.cjs');

const NV_INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';

const router = express.Router();

router.post('/loans/:loanId/payout-account/face-login', async (req, res, next) => {
  try {
    const loan = await findLoan(req.params.loanId);
    const member = loan.borrower;

    const { data } = await axios.post(
      NV_INITIATE,
      {
        enrollmentTransactionReference: member.netverifyScanRef,
        userReference: member.memberNo,
        successUrl: `https://my.prairiegate.example/loans/${loan.id}/payout-account/confirmed`,
        errorUrl: `https://my.prairiegate.example/loans/${loan.id}/payout-account/cancelled`,
        tokenLifetimeInMinutes: 20,
      },
      {
        auth: { username: process.env.PRAIRIEGATE_NV_TOKEN, password: process.env.PRAIRIEGATE_NV_SECRET },
        headers: { Accept: 'application/json', 'User-Agent': 'PrairieGate-Portal/3.8' },
      },
    );

    const supportCode = data.transactionReference.slice(0, 8).toUpperCase();
    const referenceHash = crypto.createHash('sha256').update(data.transactionReference).digest('hex').slice(0, 16);
    logger.info({ loanId: loan.id, referenceHash }, 'payout account face login started');

    await saveLoanStepUp(loan.id, { reference: data.transactionReference, supportCode, startedAt: data.timestamp });
    // Members who use the portal in Spanish get the web client in Spanish; everyone else keeps the portal default.
    const faceLoginUrl = member.preferredLanguage === 'es' ? data.redirectUrl + '&locale=es' : data.redirectUrl;
    res.status(201).json({ faceLoginUrl, supportCode });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
