// ts-rest (Fastify adapter): the face-login callback route of the hooks contract, nested under `jumio`.
import { initContract } from '@ts-rest/core';
import { initServer } from '@ts-rest/fastify';
import { z } from 'zod';
import { recordFaceLogin } from './face-login-store.js';

const c = initContract();
export const hooks = c.router({
  jumio: {
    faceLogin: {
      method: 'POST',
      path: '/hooks/face-login',
      contentType: 'application/x-www-form-urlencoded',
      body: z.object({ transactionReference: z.string(), transactionResult: z.string() }),
      responses: { 200: z.null() },
    },
  },
});

const s = initServer();
export const hooksRouter = s.router(hooks, {
  jumio: {
    faceLogin: async ({ body }) => {
      await recordFaceLogin(body.transactionReference, body.transactionResult, body.enrollmentTransactionReference);
      return { status: 200, body: null };
    },
  },
});
