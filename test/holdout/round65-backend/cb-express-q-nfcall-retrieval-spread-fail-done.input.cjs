// Tejo Crédito transfers (EU data centre): where Netverify posts the end of a face login. The callback only says
// that the transaction ended; before a held transfer is released the handler fetches the result from the retrieval
// API as well. Q throughout, as in the rest of the transfers service.
'use strict';

const express = require('express');
const Q = require('q');
const request = require('request');
const { findTransferByFaceLogin, releaseTransfer, holdTransfer } = require('./db.cjs');

const router = express.Router();
const NV_AUTHENTICATIONS = 'https://lon.netverify.com/api/netverify/v2/authentications/';

router.post('/callbacks/netverify/face-login', express.urlencoded({ extended: false }), function (req, res, next) {
  const form = req.body;
  if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') {
    return res.sendStatus(400);
  }

  Q.nfcall(request.get, {
    url: NV_AUTHENTICATIONS + encodeURIComponent(form.transactionReference),
    json: true,
    auth: { user: process.env.TEJO_NV_TOKEN, pass: process.env.TEJO_NV_SECRET },
    headers: { 'User-Agent': 'TejoCredito-Transfers/3.0' },
  })
    .spread(function (response, details) {
      if (response.statusCode !== 200) {
        throw new Error('retrieval answered ' + response.statusCode);
      }
      return Q.all([findTransferByFaceLogin(form.enrollmentTransactionReference, form.transactionReference), details]);
    })
    .spread(function (transfer, details) {
      if (form.transactionResult === 'PASSED' && details.transactionResult === 'PASSED') {
        return releaseTransfer(transfer.id, form.transactionDate);
      }
      return holdTransfer(transfer.id, form.transactionResult);
    })
    .then(function () {
      res.sendStatus(200);
    })
    .fail(next)
    .done();
});

module.exports = router;
