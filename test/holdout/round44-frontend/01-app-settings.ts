// Runtime settings of the Brightpath customer web app, read once at start-up.
// Values that differ per environment come from Vite's import.meta.env; everything else is fixed here so that a
// reviewer sees every outside origin the app trusts in one file.

export interface AppSettings {
  apiBase: string;
  release: string;
  sentry: { dsn: string; tracesSampleRate: number };
  identity: {
    frameOrigin: string;
    sessionTimeoutMs: number;
    supportArticle: string;
  };
  featureFlags: Record<'newDashboard' | 'identityRetryButton', boolean>;
}

const settings: AppSettings = {
  apiBase: import.meta.env.VITE_API_BASE ?? '/api',
  release: import.meta.env.VITE_RELEASE ?? 'dev',
  sentry: {
    dsn: import.meta.env.VITE_SENTRY_DSN ?? '',
    tracesSampleRate: 0.1,
  },
  identity: {
    // Our white-label identity web client in the EU data centre: the frame posts its events from this origin.
    frameOrigin: 'https://brightpath.lon.netverify.com',
    // How long the step may stay open before the page offers a fresh session.
    sessionTimeoutMs: 15 * 60 * 1000,
    supportArticle: '/help/identity-check',
  },
  featureFlags: {
    newDashboard: import.meta.env.VITE_FLAG_NEW_DASHBOARD === 'true',
    identityRetryButton: true,
  },
};

export default settings;
