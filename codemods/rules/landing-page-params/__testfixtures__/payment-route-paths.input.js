// A shop's return routes: the provider sends the shopper back with the same two names and SUCCESS / ERROR. Only the
// route paths and the names say it is about paying (`/paid`, `/prepaid/…`, isPaid, purchasedAt): flagged, not renamed.
const express = require('express');
const router = express.Router();

router.get('/paid', (req, res) => {
  const { transactionStatus, transactionReference } = req.query;
  if (transactionStatus === 'SUCCESS') return res.render('thanks', { reference: transactionReference });
  res.redirect('/?retry=' + transactionReference);
});

router.get('/prepaid/return', (req, res) => {
  if (req.query.transactionStatus === 'ERROR') return res.redirect('/');
  res.render('done', { ref: req.query.transactionReference });
});

router.get('/return', async (req, res) => {
  const isPaid = req.query.transactionStatus === 'SUCCESS';
  await req.session.save({ isPaid, purchasedAt: Date.now(), ref: req.query.transactionReference });
  res.redirect(isPaid ? '/thanks' : '/');
});

module.exports = router;
