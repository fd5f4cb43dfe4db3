// Elysia: the ID-verification callback (NETVERIFYID); no enrolment of this code base sends its callbackUrl here.
import { Elysia } from 'elysia';
import { markUserVerified } from './store.js';

export const idvHooks = new Elysia().post(
  '/hooks/id-verification',
  async ({ body }) => {
    const form = body as Record<string, string>;
    if (form.callBackType !== 'NETVERIFYID') return 'ignored';
    await markUserVerified(form.customerId, form.verificationStatus === 'APPROVED_VERIFIED' && form.idScanStatus === 'SUCCESS');
    return 'OK';
  },
  { type: 'urlencoded' },
);
