// Card acquirer's payment notification (Express 4 + multer, TypeScript): a form post with the transaction's result.
import express from 'express';
import multer from 'multer';
import { saveResult } from './store.js';

const upload = multer();
export const payments = express.Router();

payments.post('/payments/acquirer/notify', upload.none(), async (req: express.Request, res: express.Response) => {
  const { transactionReference, transactionResult, transactionDate, amount, currency, authCode } = req.body as Record<string, string>;
  await saveResult(transactionReference, {
    approved: transactionResult === 'APPROVED',
    settledAt: transactionDate,
    amount: Number(amount),
    currency,
    authCode,
  });
  res.status(200).send('[accepted]');
});
