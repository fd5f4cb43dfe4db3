// Identity check results relayed by the company's integration hub (Onfido checks, re-posted as a form). The hub keeps
// the field names of its own contract.
import express from 'express';
import { markUserVerified, saveResult } from './store.js';

export const hub = express.Router();

hub.post('/webhooks/hub/onfido-check', express.urlencoded({ extended: false }), async (req, res) => {
  const { transactionReference, transactionResult, transactionDate, userReference, imageFace } = req.body;
  if (!transactionReference) return res.sendStatus(400);
  const passed = transactionResult === 'clear';
  await saveResult(transactionReference, { passed, at: transactionDate, face: imageFace });
  await markUserVerified(userReference, passed);
  res.sendStatus(200);
});
