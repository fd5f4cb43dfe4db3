// A shop's return routes: the provider sends the shopper back with the same two names and SUCCESS / ERROR. Only the
// route paths and the names say it is about paying (`/paid`, `/prepaid/…`, isPaid, purchasedAt): flagged, not renamed.
const express = require('express');
const router = express.Router();

router.get('/paid', (req, res) => {
  // TODO(netverify-migrate): landing-page-params: reads transactionStatus, transactionReference from the query, but the code around it is about payments ('paid'): if this is a Jumio success/error page, KYX sends acquisitionStatus and workflowExecutionId instead
  const { transactionStatus, transactionReference } = req.query;
  if (transactionStatus === 'SUCCESS') return res.render('thanks', { reference: transactionReference });
  res.redirect('/?retry=' + transactionReference);
});

router.get('/prepaid/return', (req, res) => {
  // TODO(netverify-migrate): landing-page-params: reads transactionStatus, transactionReference from the query, but the code around it is about payments ('prepaid'): if this is a Jumio success/error page, KYX sends acquisitionStatus and workflowExecutionId instead
  if (req.query.transactionStatus === 'ERROR') return res.redirect('/');
  res.render('done', { ref: req.query.transactionReference });
});

router.get('/return', async (req, res) => {
  // TODO(netverify-migrate): landing-page-params: reads transactionStatus, transactionReference from the query, but the code around it is about payments ('Paid'): if this is a Jumio success/error page, KYX sends acquisitionStatus and workflowExecutionId instead
  const isPaid = req.query.transactionStatus === 'SUCCESS';
  await req.session.save({ isPaid, purchasedAt: Date.now(), ref: req.query.transactionReference });
  res.redirect(isPaid ? '/thanks' : '/');
});

module.exports = router;
