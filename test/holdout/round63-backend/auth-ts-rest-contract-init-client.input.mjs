// Pinecrest Credit Union — a member confirms with a face login before a wire leaves for a beneficiary added in the
// last 30 days (US data centre). Every vendor API the wire desk calls is declared once as a ts-rest contract (path,
// body and answers as zod schemas) and called through initClient, so the contract is the documentation.
import { initClient, initContract } from '@ts-rest/core';
import { z } from 'zod';
import { markWireFaceLogin } from './db.mjs';

const c = initContract();

export const netverifyContract = c.router({
  initiateFaceLogin: {
    method: 'POST',
    path: '/api/authentication/v1/web/initiate',
    body: z.object({
      enrollmentTransactionReference: z.string(),
      userReference: z.string(),
      successUrl: z.string().url(),
      errorUrl: z.string().url(),
      locale: z.string().optional(),
      tokenLifetimeInMinutes: z.number().int(),
    }),
    responses: {
      200: z.object({ timestamp: z.string(), redirectUrl: z.string(), transactionReference: z.string() }),
    },
    summary: 'Start a legacy Authentication (Web) transaction',
  },
});

const netverify = initClient(netverifyContract, {
  baseUrl: 'https://netverify.com',
  baseHeaders: {
    authorization: `Basic ${Buffer.from(`${process.env.PINECREST_NV_TOKEN}:${process.env.PINECREST_NV_SECRET}`).toString('base64')}`,
    accept: 'application/json',
    'user-agent': 'PinecrestCU-WireDesk/6.0',
  },
  throwOnUnknownStatus: true,
});

const ONLINE = 'https://online.pinecrestcu.example';

export async function startWireFaceLogin(member, wireId) {
  const { status, body } = await netverify.initiateFaceLogin({
    body: {
      enrollmentTransactionReference: member.membershipIdCheckRef,
      userReference: member.memberNo,
      successUrl: `${ONLINE}/wires/${wireId}/confirmed`,
      errorUrl: `${ONLINE}/wires/${wireId}/not-confirmed`,
      locale: 'en-US',
      tokenLifetimeInMinutes: 15,
    },
  });
  if (status !== 200) {
    throw new Error(`face login could not start for wire ${wireId} (${status})`);
  }
  await markWireFaceLogin(wireId, body.transactionReference, body.timestamp);
  return { faceLoginUrl: body.redirectUrl };
}
