// Fairmont Wires (EU) payments hub: the outcome of the face login that confirms a large wire arrives here. Express 4,
// ESM. acceptFaceLoginCallback checks the form and keeps it in res.locals; the handler settles the wire from there.
import express from 'express';
import { settleWireStepUp } from './db.mjs';

function acceptFaceLoginCallback(req, res, next) {
  const form = req.body;
  if (!form || form.callBackType !== 'NETVERIFY_AUTHENTICATION') {
    res.sendStatus(204);
    return;
  }
  if (!form.transactionReference) {
    res.sendStatus(400);
    return;
  }
  res.locals.faceLoginCallback = form;
  next();
}

export const wireHooks = express.Router();

wireHooks.post(
  '/hooks/wires/face-login',
  express.urlencoded({ extended: false }),
  acceptFaceLoginCallback,
  async (req, res, next) => {
    try {
      const callback = res.locals.faceLoginCallback;
      await settleWireStepUp(callback.transactionReference, {
        passed: callback.transactionResult === 'PASSED',
        retry: callback.transactionResult === 'EXPIRED',
        decidedAt: callback.transactionDate,
      });
      res.sendStatus(200);
    } catch (err) {
      next(err);
    }
  },
);
