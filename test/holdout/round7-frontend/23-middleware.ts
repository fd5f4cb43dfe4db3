import { NextResponse, type NextRequest } from 'next/server';

// The identity verification (Jumio) returns to /verify/return; route the user on.
export function middleware(request: NextRequest) {
  const { searchParams } = request.nextUrl;
  const status = searchParams.get('transactionStatus');
  const reference = searchParams.get('transactionReference');
  if (status === 'SUCCESS' && reference) {
    const res = NextResponse.redirect(new URL('/verify/complete', request.url));
    res.cookies.set('kyc_ref', reference);
    return res;
  }
  return NextResponse.redirect(new URL(`/verify/failed?code=${searchParams.get('errorCode') ?? ''}`, request.url));
}

export const config = { matcher: '/verify/return' };
