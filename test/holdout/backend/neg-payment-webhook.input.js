import express from 'express';
import axios from 'axios';

const router = express.Router();

router.post('/payments/webhook', async (req, res) => {
  const { transactionReference, status } = req.body.data;
  const checkout = await axios.post('https://api.novac.example/api/v1/checkout/initiate', {
    transactionReference,
    redirectUrl: 'https://shop.example.com/thanks',
    successUrl: 'https://shop.example.com/ok',
  }, { auth: { username: 'k', password: 's' } });
  res.json({ ok: status === 'success', redirect: checkout.data.redirectUrl, ref: checkout.data.transactionReference });
});

export default router;
