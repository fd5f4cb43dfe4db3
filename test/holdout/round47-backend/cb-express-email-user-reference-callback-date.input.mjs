// Harbourline Bank: the face-login result is posted here (the callbackUrl of the step-up initiate). The initiate sent
// the customer's login e-mail as the user reference, so the customer is found by it. Express 4 router, ESM.
import express from 'express';
import { findCustomerByLoginEmail, recordFaceLoginResult } from './db.mjs';

export const netverifyHooks = express.Router();

netverifyHooks.post('/hooks/netverify/face-login', express.urlencoded({ extended: false }), async (req, res, next) => {
  try {
    const { callBackType, transactionReference, transactionResult, callbackDate } = req.body;
    if (callBackType !== 'NETVERIFY_AUTHENTICATION') {
      res.sendStatus(204);
      return;
    }

    // The address as the customer typed it at login; the column is compared in lower case.
    const email = String(req.body.userReference ?? '').trim().toLowerCase();
    const customer = await findCustomerByLoginEmail(email);
    if (!customer) {
      // Answer anyway, or the vendor keeps retrying a login we cannot place.
      res.sendStatus(202);
      return;
    }

    await recordFaceLoginResult(customer.id, {
      reference: transactionReference,
      passed: transactionResult === 'PASSED',
      result: transactionResult,
      decidedAt: new Date(callbackDate),
    });
    res.sendStatus(200);
  } catch (err) {
    next(err);
  }
});
