// ts-rest (Express adapter): the handler of a contract route receives the parsed form as `body`.
import { initContract } from '@ts-rest/core';
import { createExpressEndpoints, initServer } from '@ts-rest/express';
import express from 'express';
import { z } from 'zod';
import { saveResult } from './store.js';

const c = initContract();
export const hooksContract = c.router({
  faceLoginResult: {
    method: 'POST',
    path: '/hooks/face-login',
    contentType: 'application/x-www-form-urlencoded',
    body: z.object({ transactionReference: z.string(), transactionResult: z.string(), livenessImages: z.string().optional() }),
    responses: { 200: z.string() },
  },
});

const s = initServer();
const router = s.router(hooksContract, {
  faceLoginResult: async ({ body }: any) => {
    const liveness: string[] = body.livenessImages ? JSON.parse(body.livenessImages) : [];
    await saveResult(body.transactionReference, { result: body.transactionResult, livenessCount: liveness.length });
    return { status: 200, body: 'OK' };
  },
});

export const app = express();
app.use(express.urlencoded({ extended: false }));
createExpressEndpoints(hooksContract, router, app);
