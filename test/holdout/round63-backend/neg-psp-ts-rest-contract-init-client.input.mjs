// Pinecrest Credit Union — members top up a prepaid card with a card from another bank through KopiPay's hosted page.
// Every vendor API the card desk calls is declared once as a ts-rest contract (path, body and answers as zod schemas)
// and called through initClient, so the contract is the documentation.
import { initClient, initContract } from '@ts-rest/core';
import { z } from 'zod';
import { markTopUpCheckout } from './db.mjs';

const c = initContract();

export const kopiPayContract = c.router({
  initiateCheckout: {
    method: 'POST',
    path: '/v4/initiate',
    body: z.object({
      merchantReference: z.string(),
      userReference: z.string(),
      amount: z.number().int(),
      currency: z.string().length(3),
      successUrl: z.string().url(),
      errorUrl: z.string().url(),
      locale: z.string().optional(),
      tokenLifetimeInMinutes: z.number().int(),
    }),
    responses: {
      200: z.object({ timestamp: z.string(), redirectUrl: z.string(), transactionReference: z.string() }),
    },
    summary: 'Start a hosted checkout',
  },
});

const kopiPay = initClient(kopiPayContract, {
  baseUrl: 'https://api.kopipay.example',
  baseHeaders: {
    authorization: `Basic ${Buffer.from(`${process.env.PINECREST_KOPIPAY_KEY}:${process.env.PINECREST_KOPIPAY_SECRET}`).toString('base64')}`,
    accept: 'application/json',
    'user-agent': 'PinecrestCU-CardDesk/6.0',
  },
  throwOnUnknownStatus: true,
});

const ONLINE = 'https://online.pinecrestcu.example';

export async function startCardTopUp(member, topUp) {
  const { status, body } = await kopiPay.initiateCheckout({
    body: {
      merchantReference: `PCU-TOPUP-${topUp.id}`,
      userReference: member.memberNo,
      amount: topUp.amountCents,
      currency: 'USD',
      successUrl: `${ONLINE}/cards/top-ups/${topUp.id}/paid`,
      errorUrl: `${ONLINE}/cards/top-ups/${topUp.id}/failed`,
      locale: 'en-US',
      tokenLifetimeInMinutes: 15,
    },
  });
  if (status !== 200) {
    throw new Error(`checkout could not start for top-up ${topUp.id} (${status})`);
  }
  await markTopUpCheckout(topUp.id, body.transactionReference, body.timestamp);
  return { checkoutUrl: body.redirectUrl };
}
