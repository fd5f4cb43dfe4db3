// Next.js 15 App Router route handler (app/api/face-login/route.ts) wrapped by Auth.js v5: the signed-in member's face
// login starts on the US data centre; the frame URL goes back as JSON and the reference into an httpOnly cookie.
import { NextResponse } from 'next/server';
import { request } from 'undici';
import { z } from 'zod';
import { auth } from '@/auth';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const JUMIO_API = 'https://www.netverify.com';
const StartBody = z.object({ locale: z.string().min(2).max(5).default('en') });

type FaceLoginStart = { timestamp: string; redirectUrl: string; transactionReference: string };

export const POST = auth(async (req) => {
  const member = req.auth?.user;
  if (!member?.jumioEnrollmentRef) {
    return NextResponse.json({ error: 'not enrolled' }, { status: 409 });
  }
  const { locale } = StartBody.parse(await req.json());
  const payload = {
    enrollmentTransactionReference: member.jumioEnrollmentRef,
    userReference: member.id,
    successUrl: `${req.nextUrl.origin}/face-login/done`,
    errorUrl: `${req.nextUrl.origin}/face-login/failed`,
    locale,
    tokenLifetimeInMinutes: 60 * 2,
  };
  const { statusCode, body } = await request(`${JUMIO_API}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      authorization: `Basic ${process.env.JUMIO_BASIC_AUTH}`,
      'user-agent': 'Acme Members/4.0',
    },
    body: JSON.stringify(payload),
  });
  if (statusCode !== 200) {
    return NextResponse.json({ error: 'face login unavailable' }, { status: 502 });
  }
  const started = (await body.json()) as FaceLoginStart;
  const response = NextResponse.json({ frameUrl: started.redirectUrl }, { status: 201 });
  response.cookies.set('face_login_ref', started.transactionReference, { httpOnly: true, sameSite: 'lax', path: '/' });
  return response;
});
