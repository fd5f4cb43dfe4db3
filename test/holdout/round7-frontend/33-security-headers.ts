import helmet from 'helmet';
import type { Express } from 'express';

// CSP for the onboarding app: the identity check frame comes from the Jumio web client.
export function securityHeaders(app: Express): void {
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          frameSrc: ["'self'", 'https://acme.netverify.com', 'https://*.netverify.com'],
          connectSrc: ["'self'", 'https://lon.netverify.com'],
        },
      },
    }),
  );
}
