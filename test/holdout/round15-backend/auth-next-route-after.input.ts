// Next.js 15 route handler (EU): after() records the audit entry once the response is sent.
import { NextResponse, after } from 'next/server';
import { auth } from '@/auth';
import { saveFaceLogin } from './store';

export async function POST() {
  const session = await auth();
  const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    cache: 'no-store',
    headers: { Authorization: `Basic ${process.env.JUMIO_BASIC_AUTH}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ enrollmentTransactionReference: session.user.jumioEnrollment, userReference: session.user.id }),
  });
  const data = await res.json();
  after(() => saveFaceLogin(session.user.id, data.transactionReference));
  return NextResponse.redirect(data.redirectUrl, 303);
}
