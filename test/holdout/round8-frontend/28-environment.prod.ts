// Production settings of the onboarding SPA.
export const environment = {
  production: true,
  apiBase: 'https://api.acme.example',
  jumio: {
    webClientOrigin: 'https://acme.netverify.com',
  },
  sentryDsn: 'https://abc123@o1.ingest.sentry.io/42',
};
