import express from 'express';
import { markAuth } from './auth-store.js';

export const router = express.Router();

router.post('/jumio/callback', express.urlencoded({ extended: false }), async ({ body }, res) => {
  const { transactionReference, transactionResult, enrollmentTransactionReference } = body;
  await markAuth(enrollmentTransactionReference, transactionReference, transactionResult === 'PASSED');
  res.sendStatus(200);
});
