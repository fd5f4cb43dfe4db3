// Express: the form is signalled to the Temporal workflow that waits for the face-login result.
import express from 'express';
import { Client } from '@temporalio/client';

const temporal = new Client();
export const hooks = express.Router();

hooks.post('/hooks/face-result', express.urlencoded({ extended: false }), async (req, res) => {
  const handle = temporal.workflow.getHandle(`face-login-${req.body.transactionReference}`);
  await handle.signal('faceLoginResult', {
    result: req.body.transactionResult,
    source: req.body.scanSource,
    reference: req.body.transactionReference,
  });
  res.sendStatus(200);
});
