// Rheinau Kartenservice (EU): replacing a lost card is confirmed with a face login. Express 4, got. Every request of
// the card routes runs inside an AsyncLocalStorage context (requestContext below); the face-login middleware keeps
// the vendor's answer in that context and the route, like the audit logger, reads it from there.
import { AsyncLocalStorage } from 'node:async_hooks';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import got from 'got';
import { findCardReplacement, saveCardReplacementStepUp } from './db.js';

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

interface CardRequestContext {
  requestId: string;
  replacementId?: string;
  faceLogin?: FaceLoginStarted;
}

const requestContext = new AsyncLocalStorage<CardRequestContext>();

const NV_EU = 'https://lon.netverify.com';

function withRequestContext(req: Request, _res: Response, next: NextFunction) {
  requestContext.run({ requestId: String(req.headers['x-request-id'] ?? Date.now()) }, () => next());
}

async function startFaceLogin(req: Request, _res: Response, next: NextFunction) {
  try {
    const context = requestContext.getStore()!;
    const replacement = await findCardReplacement(req.body.replacementId);
    context.replacementId = replacement.id;
    context.faceLogin = await got
      .post(`${NV_EU}/api/authentication/v1/web/initiate`, {
        json: {
          enrollmentTransactionReference: replacement.cardholder.netverifyEnrollmentRef,
          userReference: replacement.cardholder.id,
          successUrl: `https://karten.rheinau.example/ersatz/${replacement.id}/bestaetigt`,
          errorUrl: `https://karten.rheinau.example/ersatz/${replacement.id}/abgebrochen`,
          locale: replacement.cardholder.language,
          tokenLifetimeInMinutes: 20,
        },
        username: process.env.RHEINAU_NV_TOKEN,
        password: process.env.RHEINAU_NV_SECRET,
        headers: { Accept: 'application/json', 'User-Agent': 'Rheinau-Karten/8.1' },
      })
      .json<FaceLoginStarted>();
    next();
  } catch (err) {
    next(err);
  }
}

export const cardReplacementRoutes = express.Router();

cardReplacementRoutes.post('/cards/replacements/face-login', withRequestContext, startFaceLogin, async (_req: Request, res: Response) => {
  const { replacementId, faceLogin } = requestContext.getStore()!;
  await saveCardReplacementStepUp(replacementId!, faceLogin!.transactionReference);
  res.status(201).json({ faceLoginUrl: faceLogin!.redirectUrl });
});
