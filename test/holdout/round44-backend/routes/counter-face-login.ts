// Counter API routes (SG branches): the teller's console asks for a face login, the counter's tablet shows the link.
// The vendor call lives in the client module; this route reads its answer.
import { Router } from 'express';
import { CounterFaceLoginClient, CounterFaceLoginError } from '../auth-counter-client-class-namespace-settings-undici.input.js';
import { findCounterCustomer } from '../store.js';

/** counter id → the tablet's socket, filled by the tablets' WebSocket server (counter-ws.ts). */
export const tablets = new Map<string, { send(message: string): void }>();

const client = new CounterFaceLoginClient(process.env.TABLET_ORIGIN ?? 'https://counter.tidewater-bank.example/tablet');

export const counterFaceLogin = Router();

counterFaceLogin.post('/counters/:counterId/face-login', async (req, res) => {
  const customer = await findCounterCustomer(req.body.customerId);
  try {
    const started = await client.start(customer, req.params.counterId);
    tablets.get(req.params.counterId)?.send(JSON.stringify({ type: 'open-face-login', url: started.redirectUrl }));
    res.status(202).json({ reference: started.transactionReference, startedAt: started.timestamp });
  } catch (err) {
    if (err instanceof CounterFaceLoginError) {
      res.status(502).json({ error: 'face login unavailable', upstream: err.statusCode });
      return;
    }
    throw err;
  }
});
