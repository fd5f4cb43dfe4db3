import express from 'express';
import { type } from 'arktype';
import { saveAuthentication } from './store';

// A card acquirer's form notification validated with arktype: the same reference/result/date words, no Jumio spelling.
const Notification = type({
  transactionReference: 'string',
  transactionResult: "'APPROVED' | 'DECLINED'",
  transactionDate: 'string',
  'userReference?': 'string',
});

export const router = express.Router();

router.post('/acquirer/notify', express.urlencoded({ extended: false }), async (req, res) => {
  const n = Notification(req.body);
  if (n instanceof type.errors) return res.status(400).send(n.summary);
  await saveAuthentication(n.transactionReference, { paid: n.transactionResult === 'APPROVED', at: n.transactionDate, user: n.userReference });
  res.sendStatus(200);
});
