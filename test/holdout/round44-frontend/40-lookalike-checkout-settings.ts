// Runtime settings of the Brightpath shop's checkout, read once at start-up.
// Values that differ per environment come from Vite's import.meta.env; everything else is fixed here so that a
// reviewer sees every outside origin the checkout trusts in one file.

export interface CheckoutSettings {
  apiBase: string;
  release: string;
  sentry: { dsn: string; tracesSampleRate: number };
  cardChallenge: {
    acsOrigin: string;
    challengeTimeoutMs: number;
    supportArticle: string;
  };
  featureFlags: Record<'expressCheckout' | 'challengeRetryButton', boolean>;
}

const settings: CheckoutSettings = {
  apiBase: import.meta.env.VITE_API_BASE ?? '/api',
  release: import.meta.env.VITE_RELEASE ?? 'dev',
  sentry: {
    dsn: import.meta.env.VITE_SENTRY_DSN ?? '',
    tracesSampleRate: 0.1,
  },
  cardChallenge: {
    // Northbay Acquiring's 3-D Secure access control server: the challenge frame posts its events from this origin.
    acsOrigin: 'https://acs.northbay-acquiring.com',
    // How long the bank's challenge may stay open before the checkout offers to try again.
    challengeTimeoutMs: 10 * 60 * 1000,
    supportArticle: '/help/card-verification',
  },
  featureFlags: {
    expressCheckout: import.meta.env.VITE_FLAG_EXPRESS_CHECKOUT === 'true',
    challengeRetryButton: true,
  },
};

export default settings;
