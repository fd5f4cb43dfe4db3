import Router from '@koa/router';
import { koaBody } from 'koa-body';
import { FaceAuthResult } from '../models/face-auth-result';

interface NetverifyAuthCallback {
  callbackDate: string;
  transactionReference: string;
  enrollmentTransactionReference: string;
  transactionResult: 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  livenessImages?: string;
  idScanImageFace?: string;
}

export const callbackRouter = new Router({ prefix: '/webhooks' });

callbackRouter.post('/jumio/authentication', koaBody({ urlencoded: true, json: false }), async (ctx) => {
  const payload = ctx.request.body as NetverifyAuthCallback;
  const liveness: string[] = payload.livenessImages ? JSON.parse(payload.livenessImages) : [];
  await FaceAuthResult.upsert({
    reference: payload.transactionReference,
    enrollment: payload.enrollmentTransactionReference,
    result: payload.transactionResult,
    faceImage: payload.idScanImageFace,
    livenessCount: liveness.length,
    receivedAt: new Date(payload.callbackDate),
  });
  ctx.status = 200;
});
