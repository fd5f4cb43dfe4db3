// src/routes/api/checkout/+server.ts — PayGate hosted checkout: same response words as many PSPs.
import { json } from '@sveltejs/kit';
import { PAYGATE_KEY, PAYGATE_SECRET } from '$env/static/private';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, fetch }) => {
  const { orderId, amount } = await request.json();
  const res = await fetch('https://api.paygate.example/api/v4/initiate', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Basic ${btoa(`${PAYGATE_KEY}:${PAYGATE_SECRET}`)}`,
    },
    body: JSON.stringify({ merchantReference: orderId, amount, successUrl: 'https://shop.example.com/paid', errorUrl: 'https://shop.example.com/failed' }),
  });
  const { redirectUrl, transactionReference } = await res.json();
  return json({ redirectUrl, transactionReference });
};
