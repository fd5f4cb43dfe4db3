// A payment provider's notification validated with valibot: transactionReference / transactionResult / transactionDate
// are the acquirer's words, nothing pins a Jumio callback type.
import express from 'express';
import * as v from 'valibot';
import { savePayment } from './store';

const PaymentNotification = v.object({
  transactionReference: v.string(),
  transactionResult: v.picklist(['APPROVED', 'DECLINED']),
  transactionDate: v.string(),
  amount: v.string(),
});

export const payments = express.Router();

payments.post('/webhooks/payments', express.urlencoded({ extended: false }), async (req, res) => {
  const n = v.parse(PaymentNotification, req.body);
  await savePayment(n.transactionReference, { ok: n.transactionResult === 'APPROVED', at: n.transactionDate, amount: n.amount });
  res.sendStatus(200);
});
