// Face login of the brokerage app (US). The vendor initiate sits behind an opossum circuit breaker: when the vendor
// keeps failing, the breaker opens and the route offers the one-time-code fallback instead of waiting on timeouts.
import CircuitBreaker from 'opossum';
import fetch from 'node-fetch';
import express, { type Request, type Response } from 'express';
import { saveFaceLogin } from './store.js';

interface NetverifyAuthStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

const NETVERIFY_US = 'https://netverify.com';
const basicAuth = `Basic ${Buffer.from(`${process.env.NETVERIFY_TOKEN}:${process.env.NETVERIFY_SECRET}`).toString('base64')}`;

async function initiateAuthentication(enrollmentReference: string, memberId: string): Promise<NetverifyAuthStart> {
  const res = await fetch(`${NETVERIFY_US}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: basicAuth,
      'User-Agent': 'Ridgeline Brokerage/11.2',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: enrollmentReference,
      userReference: memberId,
      successUrl: 'https://app.ridgeline.example/security/face-login/done',
      errorUrl: 'https://app.ridgeline.example/security/face-login/failed',
    }),
  });
  if (!res.ok) throw new Error(`face login initiate answered ${res.status}`);
  return (await res.json()) as NetverifyAuthStart;
}

const initiateBreaker = new CircuitBreaker(initiateAuthentication, {
  name: 'netverify-initiate',
  timeout: 8_000,
  errorThresholdPercentage: 50,
  resetTimeout: 30_000,
  volumeThreshold: 5,
});
initiateBreaker.on('open', () => console.warn('[face-login] breaker open: face login paused for 30 s'));
initiateBreaker.on('halfOpen', () => console.info('[face-login] breaker half-open: trying one initiate'));

export const faceLoginRouter = express.Router();

faceLoginRouter.post('/security/face-login', async (req: Request, res: Response) => {
  try {
    const started = await initiateBreaker.fire(req.user.jumioEnrollmentRef, req.user.id);
    await saveFaceLogin(req.user.id, started.transactionReference);
    res.json({ redirectTo: started.redirectUrl });
  } catch (err) {
    console.error('[face-login] could not start', err);
    res.status(503).json({ error: 'face login is unavailable, use a one-time code', fallback: '/security/otp' });
  }
});
