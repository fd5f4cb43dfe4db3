// Vinter Bank (EU): the mobile app polls whether the customer's face login for a new trusted device has a result.
// Hono on Node, TypeScript, Node's fetch. The cluster reaches the internet through the proxy named in HTTPS_PROXY;
// undici's EnvHttpProxyAgent, installed as the global dispatcher, makes Node's fetch honour it (and NO_PROXY).
import { Hono } from 'hono';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { EnvHttpProxyAgent, setGlobalDispatcher } from 'undici';
import { findTrustedDeviceRequest, settleTrustedDeviceRequest } from './store.js';

setGlobalDispatcher(new EnvHttpProxyAgent());

const NV_EU_AUTHENTICATIONS = 'https://lon.netverify.com/api/netverify/v2/authentications';
const NV_BASIC = Buffer.from(`${process.env.VINTER_NV_TOKEN}:${process.env.VINTER_NV_SECRET}`).toString('base64');

// The app polls every two seconds; the vendor asks for far fewer attempts, so each device request gets ten a minute.
const pollLimiter = new RateLimiterMemory({ keyPrefix: 'face-login-poll', points: 10, duration: 60 });

interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

export const devices = new Hono();

devices.get('/devices/requests/:requestId/face-login', async (c: any) => {
  const deviceRequest = await findTrustedDeviceRequest(c.req.param('requestId'));
  if (!deviceRequest) return c.json({ error: 'unknown request' }, 404);

  try {
    await pollLimiter.consume(deviceRequest.id);
  } catch {
    return c.json({ status: 'pending', retryAfterSeconds: 6 }, 429);
  }

  const res = await fetch(`${NV_EU_AUTHENTICATIONS}/${deviceRequest.faceLoginReference}`, {
    headers: { Accept: 'application/json', Authorization: `Basic ${NV_BASIC}`, 'User-Agent': 'VinterBank-Devices/11.2' },
    signal: AbortSignal.timeout(8_000),
  });
  if (res.status === 404) return c.json({ status: 'unknown' }, 404);
  if (!res.ok) return c.json({ error: 'identity provider unavailable' }, 502);

  const details = (await res.json()) as AuthenticationDetails;
  if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') {
    return c.json({ status: 'pending' });
  }

  // The face login must be the same customer's: the initiate sent the customer id as the user reference.
  const trusted = details.transactionResult === 'PASSED' && details.userReference === deviceRequest.customerId;
  await settleTrustedDeviceRequest(deviceRequest.id, trusted, details.transactionReference);
  return c.json({ status: trusted ? 'trusted' : 'rejected' });
});
