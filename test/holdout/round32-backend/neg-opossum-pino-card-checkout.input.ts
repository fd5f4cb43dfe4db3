// Hosted card checkout of the ticket shop. The acquirer's session initiate sits behind an opossum circuit breaker
// fired by the checkout route; the session is logged by a pino child logger that redacts the payment link and the
// card holder's e-mail address.
import CircuitBreaker from 'opossum';
import fetch from 'node-fetch';
import pino from 'pino';
import express, { type Request, type Response } from 'express';
import { saveResult } from './store.js';

const log = pino().child({ component: 'checkout' }, { redact: { paths: ['redirectUrl', 'cardHolder.email'], censor: '[redacted]' } });

interface CheckoutSession {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
  expiresInMinutes: number;
}

interface TicketOrder {
  id: string;
  amountCents: number;
  currency: string;
  customerId: string;
}

const ACQUIRER = 'https://gateway.harrowpay.example';
const basic = `Basic ${Buffer.from(`${process.env.HARROWPAY_MERCHANT_ID}:${process.env.HARROWPAY_API_KEY}`).toString('base64')}`;

async function initiateCheckout(order: TicketOrder): Promise<CheckoutSession> {
  const res = await fetch(`${ACQUIRER}/api/v4/initiate`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: basic, 'User-Agent': 'Boxline Tickets/3.0' },
    body: JSON.stringify({
      merchantReference: order.id,
      amount: order.amountCents,
      currency: order.currency,
      userReference: order.customerId,
      successUrl: `https://tickets.boxline.example/orders/${order.id}/paid`,
      errorUrl: `https://tickets.boxline.example/orders/${order.id}/failed`,
      callbackUrl: 'https://api.boxline.example/webhooks/harrowpay',
      locale: 'en-GB',
    }),
  });
  if (!res.ok) throw new Error(`checkout initiate answered ${res.status}`);
  return (await res.json()) as CheckoutSession;
}

const checkoutBreaker = new CircuitBreaker(initiateCheckout, { name: 'harrowpay-initiate', timeout: 6_000, errorThresholdPercentage: 40, resetTimeout: 20_000 });
checkoutBreaker.on('open', () => log.warn('acquirer breaker open: card checkout paused'));

export const checkoutRouter = express.Router();

checkoutRouter.post('/orders/checkout', async (req: Request, res: Response) => {
  const order = req.body as TicketOrder;
  try {
    const session = await checkoutBreaker.fire(order);
    log.info(session, 'checkout session created');
    await saveResult(session.transactionReference, { order: order.id, expiresInMinutes: session.expiresInMinutes });
    res.json({ redirectTo: session.redirectUrl });
  } catch (err) {
    log.error({ err, order: order.id }, 'checkout could not start');
    res.status(503).json({ error: 'card payments are unavailable, try again in a minute' });
  }
});
