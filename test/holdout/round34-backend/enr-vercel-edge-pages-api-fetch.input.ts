// pages/api/kyc/start.ts: a Next.js API route on the Vercel Edge runtime. The brokerage's onboarding wizard asks for
// an identity-verification link (US data centre, ID and selfie, link valid for a week); the pending case is kept in
// Vercel KV so the wizard can resume it.
import type { NextRequest } from 'next/server';
import { kv } from '@vercel/kv';

export const config = { runtime: 'edge' };

const JUMIO_V4 = 'https://netverify.com/api/v4';

type StartBody = { applicantId: string; locale?: string };

export default async function handler(req: NextRequest): Promise<Response> {
  if (req.method !== 'POST') {
    return new Response(null, { status: 405, headers: { Allow: 'POST' } });
  }
  const { applicantId, locale } = (await req.json()) as StartBody;
  if (!applicantId) {
    return Response.json({ error: 'applicantId is required' }, { status: 400 });
  }
  const origin: string = req.nextUrl.origin;

  const upstream = await fetch(`${JUMIO_V4}/initiate`, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: `Basic ${btoa(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`)}`,
      'User-Agent': 'Tallgrass Brokerage Onboarding/5.1',
    },
    body: JSON.stringify({
      customerInternalReference: applicantId,
      userReference: applicantId,
      workflowId: 100,
      successUrl: `${origin}/onboarding/identity/done`,
      errorUrl: `${origin}/onboarding/identity/error`,
      locale: locale ?? 'en',
      tokenLifetimeInMinutes: 60 * 24 * 7,
    }),
  });
  if (!upstream.ok) {
    return Response.json({ error: 'verification provider unavailable' }, { status: 502 });
  }

  const started = (await upstream.json()) as { timestamp: string; redirectUrl: string; transactionReference: string };
  await kv.hset(`kyc:${applicantId}`, { reference: started.transactionReference, status: 'PENDING', startedAt: started.timestamp });
  return Response.json({ url: started.redirectUrl });
}
