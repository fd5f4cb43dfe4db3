// ts-rest: a payment provider's notification route; its body has a transactionReference and a transactionResult too.
import { initContract } from '@ts-rest/core';
import { initServer } from '@ts-rest/express';
import { z } from 'zod';
import { settle } from './ledger.js';

const c = initContract();
export const psp = c.router({
  notify: {
    method: 'POST',
    path: '/psp/notify',
    body: z.object({ transactionReference: z.string(), transactionResult: z.string(), amount: z.number() }),
    responses: { 200: z.null() },
  },
});

export const pspRouter = initServer().router(psp, {
  notify: async ({ body }) => {
    await settle(body.transactionReference, body.transactionResult, body.amount);
    return { status: 200, body: null };
  },
});
