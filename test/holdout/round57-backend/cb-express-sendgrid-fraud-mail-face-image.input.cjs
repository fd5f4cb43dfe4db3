// Pinewood Pay (US): a first transfer to a new recipient above $2,000 waits for the sender's face login. This receives
// the result (the form the identity vendor posts), releases or blocks the transfer, and when the face login fails
// e-mails the fraud desk a summary with the captured face (SendGrid). Express 4, CommonJS.
'use strict';

const express = require('express');
const sgMail = require('@sendgrid/mail');
const { settleTransferStepUp } = require('./db.cjs');

sgMail.setApiKey(process.env.SENDGRID_API_KEY);
const FRAUD_DESK = 'fraud-desk@pinewoodpay.example';

const hooks = express.Router();

hooks.post('/hooks/transfers/face-login-result', express.urlencoded({ extended: false }), async (req, res, next) => {
  try {
    const form = req.body;
    if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') return res.sendStatus(204);

    const passed = form.transactionResult === 'PASSED';
    const transfer = await settleTransferStepUp(form.transactionReference, { passed, decidedAt: form.transactionDate });
    if (!transfer) return res.status(404).send('unknown reference');

    if (!passed) {
      await sgMail.send({
        to: FRAUD_DESK,
        from: 'alerts@pinewoodpay.example',
        subject: `Face login ${form.transactionResult}: transfer ${transfer.id}`,
        html: `<p>Sender <b>${form.userReference}</b> did not pass the face login for transfer ${transfer.id}
          ($${transfer.amount} to ${transfer.recipientName}).</p>
          <p>Reference ${form.transactionReference}, captured ${form.transactionDate}</p>
          <img src="${form.idScanImageFace}" alt="captured face" width="240">`,
      });
    }
    res.sendStatus(200);
  } catch (err) {
    next(err);
  }
});

module.exports = hooks;
