// app/api/face-login/route.ts (Next.js 14 App Router): starts a Jumio face login for the signed-in user. Written
// against the older Authentication guide's endpoint on the www host.
import { NextResponse } from 'next/server';
import { getSession } from '@/lib/session';
import { saveFaceLogin } from './store.js';

const JUMIO_URL = 'https://www.netverify.com/api/auth/v1/initiate';
const API_TOKEN = process.env.JUMIO_API_TOKEN!;
const API_SECRET = process.env.JUMIO_API_SECRET!;

type StartResponse = { timestamp: string; redirectUrl: string; transactionReference: string };

export async function POST(request: Request) {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: 'unauthorised' }, { status: 401 });
  const { returnTo } = (await request.json()) as { returnTo?: string };

  const res = await fetch(JUMIO_URL, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'User-Agent': 'Acme Web/7.2',
      Authorization: `Basic ${Buffer.from(`${API_TOKEN}:${API_SECRET}`).toString('base64')}`,
    },
    body: JSON.stringify({
      enrollmentTransactionReference: session.user.jumioScanRef,
      userReference: session.user.id,
      callbackUrl: 'https://acme.com/api/jumio/face-login-callback',
      successUrl: returnTo ?? 'https://acme.com/account',
      tokenLifetimeInMinutes: 15,
    }),
    cache: 'no-store',
  });
  if (!res.ok) return NextResponse.json({ error: `jumio ${res.status}` }, { status: 502 });

  const started = (await res.json()) as StartResponse;
  await saveFaceLogin(session.user.id, started.transactionReference);
  return NextResponse.json({ url: started.redirectUrl });
}
