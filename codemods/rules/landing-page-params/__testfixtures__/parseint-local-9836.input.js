app.get('/kyc/return', (req, res) => {
  const ok = req.query.transactionStatus === 'SUCCESS';
  const errorCode = Number.parseInt(req.query.errorCode, 10);
  const lockedOut = !ok && errorCode === 9836;
  res.render('kyc-return', { ok, lockedOut, reference: req.query.transactionReference });
});
