// A payment gateway's return URL: both names are read together, but the handler is about the payment.
app.get('/checkout/return', async (req, res) => {
  // TODO(netverify-migrate): landing-page-params: reads transactionStatus, transactionReference from the query, but the code around it is about payments ('payment'): if this is a Jumio success/error page, KYX sends acquisitionStatus and workflowExecutionId instead
  const { transactionStatus, transactionReference } = req.query;
  const payment = await verifyPayment(transactionReference);
  res.render('receipt', { ok: transactionStatus === 'SUCCESS' && payment.amount > 0 });
});
