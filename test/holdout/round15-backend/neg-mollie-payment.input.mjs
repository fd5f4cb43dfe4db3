// Mollie payments: redirectUrl and webhookUrl on the create, a form-encoded webhook with the payment id.
import express from 'express';

const app = express();

app.post('/checkout', express.json(), async (req, res) => {
  const r = await fetch('https://api.mollie.com/v2/payments', {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.MOLLIE_API_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      amount: { currency: 'EUR', value: req.body.total },
      description: `Order ${req.body.orderId}`,
      redirectUrl: `https://shop.acme.example/orders/${req.body.orderId}/return`,
      webhookUrl: 'https://shop.acme.example/webhooks/mollie',
      metadata: { userReference: req.body.userId, transactionReference: req.body.orderId },
    }),
  });
  const payment = await r.json();
  res.redirect(303, payment._links.checkout.href);
});

app.post('/webhooks/mollie', express.urlencoded({ extended: false }), async (req, res) => {
  const r = await fetch(`https://api.mollie.com/v2/payments/${req.body.id}`, { headers: { Authorization: `Bearer ${process.env.MOLLIE_API_KEY}` } });
  const payment = await r.json();
  console.log('payment', payment.metadata.transactionReference, payment.status);
  res.sendStatus(200);
});

export default app;
