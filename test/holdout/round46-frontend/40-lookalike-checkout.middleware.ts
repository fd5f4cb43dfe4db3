import { NextResponse, type NextRequest } from 'next/server';

// Security headers for the checkout, set per request so that every response carries a fresh CSP nonce (Next.js
// reads it back from the request's Content-Security-Policy header and stamps it on its own <script> tags; server
// components read it from `x-nonce`).
//
// The payment step (/checkout/pay, CardChallengeFrame.tsx) embeds the card issuer's 3-D Secure challenge (ACS page).
// Two things must name the ACS host or the browser blocks the frame: `frame-src` below, and the payment delegation
// in Permissions-Policy (the iframe's `allow` attribute cannot grant more than the page itself has).
// Everything else in Permissions-Policy is the security team's default "all off" list.

export function middleware(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const isDev = process.env.NODE_ENV === 'development';

  const contentSecurityPolicy = `
    default-src 'self';
    script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ''};
    style-src 'self' 'nonce-${nonce}';
    img-src 'self' blob: data:;
    font-src 'self';
    connect-src 'self' https://vitals.vercel-insights.com;
    frame-src 'self' https://acs.harbourcard.example;
    object-src 'none';
    base-uri 'self';
    form-action 'self' https://acs.harbourcard.example;
    frame-ancestors 'none';
    upgrade-insecure-requests;
  `
    .replace(/\s{2,}/g, ' ')
    .trim();

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', contentSecurityPolicy);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', contentSecurityPolicy);
  response.headers.set(
    'Permissions-Policy',
    'accelerometer=(), autoplay=(), camera=(), fullscreen=(self), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(self "https://acs.harbourcard.example"), usb=()',
  );
  response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  response.headers.set('X-Content-Type-Options', 'nosniff');
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: no API routes, no static files, no prefetches (they would get a nonce nobody uses).
      source: '/((?!api|_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
