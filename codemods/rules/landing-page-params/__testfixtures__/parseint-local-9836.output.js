app.get('/kyc/return', (req, res) => {
  const ok = req.query.acquisitionStatus === 'SUCCESS';
  const errorCode = Number.parseInt(req.query.errorCode, 10);
  // TODO(netverify-migrate): landing-page-params: errorCode 9836 changed meaning: legacy 9836 (no acceptable submission in 3 attempts) is 9835 on KYX; 9836 now means authentication failure
  const lockedOut = !ok && errorCode === 9836;
  res.render('kyc-return', { ok, lockedOut, reference: req.query.workflowExecutionId });
});
