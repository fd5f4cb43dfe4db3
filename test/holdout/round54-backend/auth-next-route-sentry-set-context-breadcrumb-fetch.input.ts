// Copperline Bank (US) web banking, Next.js 14 app router (app/api/transfers/limit/face-login/route.ts). Raising the
// daily transfer limit is confirmed with a face login. Support opens the member's Sentry issues when a limit change
// goes wrong, so the face login is attached to the request's scope: every event reported after it carries it.
import * as Sentry from '@sentry/nextjs';
import { currentMember, saveLimitStepUp } from './db.js';

const NETVERIFY_WWW = 'https://www.netverify.com';
const AUTHORIZATION = `Basic ${Buffer.from(`${process.env.COPPERLINE_NV_TOKEN}:${process.env.COPPERLINE_NV_SECRET}`).toString('base64')}`;

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function POST(request: Request): Promise<Response> {
  const member = await currentMember(request);
  if (!member) return Response.json({ error: 'unauthenticated' }, { status: 401 });
  const { newDailyLimit } = (await request.json()) as { newDailyLimit: number };

  const res = await fetch(`${NETVERIFY_WWW}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: AUTHORIZATION,
      'User-Agent': 'Copperline-WebBanking/12.4',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: member.enrollmentReference,
      userReference: member.memberId,
      successUrl: `https://bank.copperline.example/transfers/limit/confirmed?limit=${newDailyLimit}`,
      errorUrl: 'https://bank.copperline.example/transfers/limit/not-confirmed',
      locale: 'en-US',
      tokenLifetimeInMinutes: 60,
    }),
  });
  if (!res.ok) {
    Sentry.captureMessage(`limit face login initiate failed: HTTP ${res.status}`, 'warning');
    return Response.json({ error: 'face login unavailable' }, { status: 502 });
  }
  const started = (await res.json()) as FaceLoginStarted;

  Sentry.setContext('faceLogin', started);
  Sentry.addBreadcrumb({
    category: 'step-up',
    message: 'limit change face login started',
    level: 'info',
    data: { reference: started.transactionReference, newDailyLimit },
  });

  await saveLimitStepUp(member.memberId, { reference: started.transactionReference, newDailyLimit });
  return Response.json({ faceLoginUrl: started.redirectUrl }, { status: 201 });
}
