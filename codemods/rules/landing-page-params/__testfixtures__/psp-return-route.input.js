// A payment gateway's return URL: both names are read together, but the handler is about the payment.
app.get('/checkout/return', async (req, res) => {
  const { transactionStatus, transactionReference } = req.query;
  const payment = await verifyPayment(transactionReference);
  res.render('receipt', { ok: transactionStatus === 'SUCCESS' && payment.amount > 0 });
});
