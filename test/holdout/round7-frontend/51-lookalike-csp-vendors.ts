import helmet from 'helmet';
import type { Express } from 'express';

// CSP: Stripe, Onfido and the KYX web client (already migrated).
export function csp(app: Express): void {
  app.use(
    helmet.contentSecurityPolicy({
      directives: {
        defaultSrc: ["'self'"],
        frameSrc: ['https://js.stripe.com', 'https://*.onfido.com', 'https://acme.web.amer-1.jumio.ai'],
        connectSrc: ["'self'", 'https://api.stripe.com', 'https://account.amer-1.jumio.ai'],
      },
    }),
  );
}
