// Express callback validated with a valibot schema; the route does not name the vendor.
import express from 'express';
import * as v from 'valibot';
import { saveResult } from './store.js';

const FaceLoginCallback = v.object({
  transactionReference: v.string(),
  enrollmentTransactionReference: v.string(),
  transactionResult: v.picklist(['PASSED', 'FAILED', 'INVALID', 'EXPIRED']),
  scanSource: v.picklist(['SDK', 'WEB']),
  livenessImages: v.optional(v.string()),
});

export const hooks = express.Router();

hooks.post('/webhooks/biometric-login', express.urlencoded({ extended: false }), async (req, res) => {
  const cb = v.parse(FaceLoginCallback, req.body);
  await saveResult(cb.transactionReference, {
    enrollment: cb.enrollmentTransactionReference,
    passed: cb.transactionResult === 'PASSED',
    source: cb.scanSource,
    liveness: cb.livenessImages ? JSON.parse(cb.livenessImages) : [],
  });
  res.sendStatus(200);
});
