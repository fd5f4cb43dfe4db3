// Next.js route handler building its headers with a Headers object (EU).
import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const { enrollment, userId } = await request.json();
  const headers = new Headers({
    'Content-Type': 'application/json',
    Accept: 'application/json',
    'User-Agent': 'Acme Bank Web/7.1',
  });
  headers.set('Authorization', `Basic ${btoa(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`)}`);
  const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers,
    body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId, locale: 'de' }),
  });
  const data = await res.json();
  return NextResponse.json({ url: data.redirectUrl });
}
