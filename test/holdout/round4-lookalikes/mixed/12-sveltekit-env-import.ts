// src/routes/api/onboarding/+server.ts — starts the face check, then the deposit checkout.
import { json } from '@sveltejs/kit';
import { NV_TOKEN, NV_SECRET, PAYGATE_KEY, PAYGATE_SECRET } from '$env/static/private';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, fetch }) => {
  const { enrollmentReference, orderId, amount } = await request.json();
  const auth = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${btoa(`${NV_TOKEN}:${NV_SECRET}`)}` },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference }),
  });
  const { redirectUrl } = await auth.json();
  const checkout = await fetch('https://api.paygate.example/api/v4/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${btoa(`${PAYGATE_KEY}:${PAYGATE_SECRET}`)}` },
    body: JSON.stringify({ merchantReference: orderId, amount }),
  });
  const pay = await checkout.json();
  return json({ identityUrl: redirectUrl, payUrl: pay.redirectUrl, payRef: pay.transactionReference });
};
