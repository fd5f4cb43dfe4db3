// Merlion Private (SG) client portal: raising a daily transfer limit is confirmed with a face login. Hono 4 on Node,
// the global fetch. The middleware, typed with the context variables it sets, starts the face login; the handler of
// the same route reads the answer back with c.get().
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { findLimitChange, saveLimitChangeStepUp } from './db.js';

type FaceLoginStarted = {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
};

type FaceLoginEnv = {
  Variables: {
    limitChangeId: string;
    faceLogin: FaceLoginStarted;
  };
};

const NETVERIFY_SG = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';

const startFaceLogin = createMiddleware<FaceLoginEnv>(async (c, next) => {
  const change = await findLimitChange(c.req.param('id'));
  const response = await fetch(NETVERIFY_SG, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + btoa(`${process.env.MERLION_NV_TOKEN}:${process.env.MERLION_NV_SECRET}`),
      'User-Agent': 'Merlion-Portal/2.6',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: change.client.netverifyScanRef,
      userReference: change.client.clientNo,
      successUrl: `https://portal.merlion.example/limits/${change.id}/approved`,
      errorUrl: `https://portal.merlion.example/limits/${change.id}/declined`,
      locale: 'en-GB',
      tokenLifetimeInMinutes: 15,
    }),
  });
  if (!response.ok) return c.json({ error: 'face login unavailable' }, 502);

  c.set('limitChangeId', change.id);
  c.set('faceLogin', (await response.json()) as FaceLoginStarted);
  await next();
});

export const limitRoutes = new Hono<FaceLoginEnv>();

limitRoutes.post('/limits/:id/face-login', startFaceLogin, async (c) => {
  await saveLimitChangeStepUp(c.get('limitChangeId'), c.get('faceLogin').transactionReference);
  return c.json({ faceLoginUrl: c.get('faceLogin').redirectUrl }, 201);
});
