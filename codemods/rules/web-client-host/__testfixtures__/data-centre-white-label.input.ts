export const WEB_CLIENT = {
  us: 'https://acme.netverify.com/web/v4/app',
  eu: 'https://acme.lon.netverify.com/web/v4/app',
  // Not the web client: an API path on the EU API host, and another site's page.
  api: 'https://lon.netverify.com/api/v4/initiate',
  docs: 'https://docs.acme.example/web/v4/app',
};
