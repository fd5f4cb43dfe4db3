// Lookalike: web-request's request.json to a payment provider's v4 initiate with a Jumio-like body; and a res.json()
// of an Express handler next to it. Neither is Jumio's: byte-identical.
import * as request from 'web-request';
import type { Response } from 'express';

export async function startPayment(res: Response, orderId: string): Promise<void> {
  const init = await request.json<{ redirectUrl: string }>('/api/v4/initiate', {
    baseUrl: 'https://api.paygate.example',
    method: 'POST',
    auth: { user: 'merchant', pass: process.env.PAYGATE_SECRET! },
    body: { customerInternalReference: orderId, successUrl: 'https://shop.example/paid' },
  });
  res.json({ redirect: init.redirectUrl });
}
