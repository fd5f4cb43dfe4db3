// Express: the identity check's return URL; the query handed to helpers of the file.
const express = require('express');

const router = express.Router();

function renderKycOutcome(res, { transactionStatus, transactionReference, errorCode }) {
  if (transactionStatus === 'SUCCESS') return res.render('kyc/pending', { reference: transactionReference });
  return res.render('kyc/failed', { errorCode });
}

const logKycReturn = (query) => console.info('identity check returned', query.transactionStatus, query.transactionReference);

router.get('/kyc/return', (req, res) => {
  logKycReturn(req.query);
  return renderKycOutcome(res, req.query);
});

// Called with something else too: not the query.
function describe({ transactionStatus, transactionReference }) {
  return `${transactionStatus}: ${transactionReference}`;
}
router.get('/kyc/last', (req, res) => res.send(describe(req.query)));
router.get('/kyc/latest', (req, res) => res.send(describe(req.session.lastKyc)));

module.exports = router;
