// Medusa v2 workflow step: reads a face re-authentication before a high-value order is released (EU).
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import fetch from 'node-fetch';

const NV_EU = 'https://lon.netverify.com/api/netverify/v2';

export const checkFaceAuthStep = createStep('check-face-auth', async (input: { reference: string }) => {
  const res = await fetch(`${NV_EU}/authentications/${input.reference}`, {
    headers: {
      Accept: 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64'),
    },
  });
  if (!res.ok) throw new Error(`retrieval failed: ${res.status}`);
  const body = (await res.json()) as { transactionReference: string; transactionResult: string; userReference?: string };
  return new StepResponse({ passed: body.transactionResult === 'PASSED', reference: body.transactionReference, customer: body.userReference });
});
