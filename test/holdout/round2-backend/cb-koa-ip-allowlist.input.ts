import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import { stepUps } from '../repositories/step-ups.js';

const JUMIO_CALLBACK_IPS = new Set([
  '34.253.41.236', '35.157.27.193', '52.48.0.25', '52.57.194.92', '52.58.113.86', '52.209.180.134',
]);

interface LegacyAuthCallback {
  transactionReference: string;
  transactionResult: 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  livenessImages?: string;
  idScanImageFace?: string;
  callbackDate: string;
}

export const callbacks = new Router();

callbacks.post('/jumio/auth-callback', bodyParser({ enableTypes: ['form'] }), async (ctx) => {
  if (!JUMIO_CALLBACK_IPS.has(ctx.ip)) {
    ctx.status = 403;
    return;
  }
  const body = ctx.request.body as LegacyAuthCallback;
  const liveness: string[] = body.livenessImages ? JSON.parse(body.livenessImages) : [];
  await stepUps.complete(body.transactionReference, {
    result: body.transactionResult,
    faceUrl: body.idScanImageFace ?? null,
    livenessCount: liveness.length,
    receivedAt: body.callbackDate,
  });
  ctx.status = 200;
});
