// Vellmar Privatbank (EU) online banking: raising the overdraft limit is confirmed with a face login. Hono on Node,
// the global fetch. The web client must open in the language the customer picked in the banking app (the vendor
// portal's default is English for everyone), so the link is adjusted before it goes back to the app.
import { Hono } from 'hono';
import { findOverdraftRequest, saveOverdraftStepUp } from './db.js';

const NV_EU = 'https://lon.netverify.com';

interface NvFaceLoginStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

// The vendor's transaction references are UUIDs; anything else means we parsed a proxy's error page.
const NV_REFERENCE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function withAppLanguage(start: NvFaceLoginStart, language: 'de' | 'en'): string {
  const link = new URL(start.redirectUrl);
  link.searchParams.set('locale', language === 'de' ? 'de' : 'en-GB');
  return link.toString();
}

export const overdraftRoutes = new Hono();

overdraftRoutes.post('/overdraft-requests/:id/face-login', async (c) => {
  const overdraft = await findOverdraftRequest(c.req.param('id'));
  if (!overdraft) return c.json({ error: 'unknown overdraft request' }, 404);

  const res = await fetch(`${NV_EU}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${process.env.VELLMAR_NV_TOKEN}:${process.env.VELLMAR_NV_SECRET}`).toString('base64'),
      'User-Agent': 'Vellmar-Banking/7.2',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: overdraft.customer.idScanReference,
      userReference: overdraft.customer.customerNo,
      successUrl: `https://banking.vellmar.example/dispo/${overdraft.id}/bestaetigt`,
      errorUrl: `https://banking.vellmar.example/dispo/${overdraft.id}/fehler`,
      tokenLifetimeInMinutes: 15,
    }),
  });
  if (!res.ok) return c.json({ error: 'face login unavailable' }, 502);

  const start = (await res.json()) as NvFaceLoginStart;
  if (!NV_REFERENCE.test(start.transactionReference)) {
    return c.json({ error: 'face login unavailable' }, 502);
  }
  await saveOverdraftStepUp(overdraft.id, start.transactionReference.toLowerCase(), start.timestamp);
  return c.json({ faceLoginUrl: withAppLanguage(start, overdraft.customer.appLanguage) }, 201);
});
