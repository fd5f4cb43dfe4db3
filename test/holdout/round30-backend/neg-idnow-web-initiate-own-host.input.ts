// Video identification start for the German market, through IDnow's reseller gateway. The gateway's "web" flow answers
// with redirectUrl / transactionReference, like the other identity APIs the team has used.
import { saveKycCase } from './store.js';

const IDNOW_WEB_INITIATE = 'https://gateway.idnow.de/api/authentication/v1/web/initiate';
const basic = Buffer.from(`${process.env.IDNOW_API_KEY}:${process.env.IDNOW_API_SECRET}`).toString('base64');

interface VideoIdentStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function startVideoIdent(customer: { id: string; locale: string }, appUrl: string): Promise<string> {
  const res = await fetch(IDNOW_WEB_INITIATE, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'User-Agent': 'Fenwick Bank DE/7.1',
      Authorization: `Basic ${basic}`,
    },
    body: JSON.stringify({
      identId: `fenwick-${customer.id}`,
      successUrl: `${appUrl}/identity/video/done`,
      errorUrl: `${appUrl}/identity/video/failed`,
      locale: customer.locale,
      tokenLifetimeInMinutes: 60,
    }),
  });
  if (!res.ok) throw new Error(`video ident start failed: ${res.status}`);
  const started = (await res.json()) as VideoIdentStart;
  await saveKycCase(customer.id, started.transactionReference);
  return started.redirectUrl;
}
