// Next.js App Router route handler: app/kyc/return/route.ts (the successUrl and errorUrl of the Jumio initiate).
import { NextResponse, type NextRequest } from 'next/server';
import { markKycPending } from '@/lib/kyc';

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const status = params.get('transactionStatus');
  const reference = params.get('transactionReference');
  if (status === 'SUCCESS' && reference) {
    await markKycPending(reference);
    return NextResponse.redirect(new URL('/onboarding/pending', request.url));
  }
  const code = params.get('errorCode') ?? 'unknown';
  return NextResponse.redirect(new URL(`/onboarding/identity?error=${code}`, request.url));
}
