import { Elysia } from 'elysia';
import { markAuthentication } from './face-store';

export const jumioCallbacks = new Elysia().post(
  '/jumio/authentication',
  async ({ body }) => {
    const { transactionReference, transactionResult, livenessImages, idScanImageFace } = body as Record<string, string>;
    await markAuthentication(transactionReference, transactionResult === 'PASSED', {
      face: idScanImageFace,
      liveness: livenessImages ? (JSON.parse(livenessImages) as string[]) : [],
    });
    return 'OK';
  },
  { type: 'application/x-www-form-urlencoded' },
);
