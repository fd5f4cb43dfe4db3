// app/api/face-auth/route.ts
import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { db } from '@/lib/db';

export const runtime = 'nodejs';

const NETVERIFY_AUTH_URL = 'https://netverify.com/api/authentication/v1/web/initiate';

type InitiateResponse = {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
};

export async function POST(request: Request) {
  const session = await getServerSession(authOptions);
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });

  const { locale } = (await request.json()) as { locale?: string };
  const account = await db.user.findUniqueOrThrow({ where: { id: session.user.id } });

  const basic = Buffer.from(`${process.env.NETVERIFY_TOKEN}:${process.env.NETVERIFY_SECRET}`).toString('base64');
  const res = await fetch(NETVERIFY_AUTH_URL, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${basic}`,
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'User-Agent': 'Lumen Web/5.0',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: account.jumioEnrollmentRef,
      userReference: account.id,
      callbackUrl: `${process.env.NEXT_PUBLIC_SITE_URL}/api/jumio/callback`,
      locale: locale ?? 'en',
    }),
    cache: 'no-store',
  });

  if (!res.ok) {
    return NextResponse.json({ error: 'face authentication unavailable' }, { status: 502 });
  }

  const data: InitiateResponse = await res.json();
  await db.faceAuthentication.create({
    data: { userId: account.id, jumioReference: data.transactionReference },
  });
  return NextResponse.json({ url: data.redirectUrl });
}
