// Rheinau Kartenservice (EU), the card-replacement face login once on the KYX platform: the same AsyncLocalStorage
// request context, the middleware keeping the KYX answer in it, the route reading it from there. The OAuth2 token
// comes from the bank's own token cache.
import { AsyncLocalStorage } from 'node:async_hooks';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import got from 'got';
import { findCardReplacement, saveCardReplacementStepUp } from './db.js';
import { kyxBearer } from './kyx-token-cache.js';

interface FaceLoginStarted {
  timestamp: string;
  web: { href: string };
  workflowExecution: { id: string };
}

interface CardRequestContext {
  requestId: string;
  replacementId?: string;
  faceLogin?: FaceLoginStarted;
}

const requestContext = new AsyncLocalStorage<CardRequestContext>();

const KYX_ACCOUNTS = 'https://account.emea-1.jumio.ai/api/v1/accounts';

function withRequestContext(req: Request, _res: Response, next: NextFunction) {
  requestContext.run({ requestId: String(req.headers['x-request-id'] ?? Date.now()) }, () => next());
}

async function startFaceLogin(req: Request, _res: Response, next: NextFunction) {
  try {
    const context = requestContext.getStore()!;
    const replacement = await findCardReplacement(req.body.replacementId);
    context.replacementId = replacement.id;
    context.faceLogin = await got
      .put(`${KYX_ACCOUNTS}/${replacement.cardholder.netverifyEnrollmentRef}`, {
        json: {
          customerInternalReference: replacement.cardholder.id,
          userReference: replacement.cardholder.id,
          workflowDefinition: { key: 9, credentials: [{ category: 'FACEMAP' }] },
          web: {
            successUrl: `https://karten.rheinau.example/ersatz/${replacement.id}/bestaetigt`,
            errorUrl: `https://karten.rheinau.example/ersatz/${replacement.id}/abgebrochen`,
            locale: replacement.cardholder.language,
          },
          tokenLifetime: '20m',
        },
        headers: { Accept: 'application/json', Authorization: await kyxBearer('emea-1'), 'User-Agent': 'Rheinau-Karten/9.0' },
        retry: { limit: 0 },
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
  await saveCardReplacementStepUp(replacementId!, faceLogin!.workflowExecution.id);
  res.status(201).json({ faceLoginUrl: faceLogin!.web.href });
});
