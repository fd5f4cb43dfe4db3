import type { NextFunction, Request, Response } from 'express';

// Keep in sync with the frames we embed: Jumio (identity check), YouTube (help videos), Stripe.
const FRAME_SOURCES = [
  "'self'",
  'https://mybrand.netverify.com',
  'https://mybrand.lon.netverify.com',
  'https://www.youtube-nocookie.com',
  'https://js.stripe.com',
];

export function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader(
    'Content-Security-Policy',
    [
      "default-src 'self'",
      `frame-src ${FRAME_SOURCES.join(' ')}`,
      "object-src 'none'",
    ].join('; '),
  );
  res.setHeader('Permissions-Policy', 'camera=(self "https://mybrand.netverify.com"), geolocation=()');
  next();
}
