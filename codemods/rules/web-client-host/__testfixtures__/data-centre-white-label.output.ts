export const WEB_CLIENT = {
  // TODO(netverify-migrate): web-client-host: hard-coded legacy web-client URL https://acme.netverify.com/web/v4/app: on KYX the web-client URL is issued per transaction — use web.href from the account create/update response verbatim (served from acme.web.amer-1.jumio.ai or the host of your region)
  us: 'https://acme.netverify.com/web/v4/app',
  // TODO(netverify-migrate): web-client-host: hard-coded legacy web-client URL https://acme.lon.netverify.com/web/v4/app: on KYX the web-client URL is issued per transaction — use web.href from the account create/update response verbatim (served from acme.web.emea-1.jumio.ai or the host of your region)
  eu: 'https://acme.lon.netverify.com/web/v4/app',
  // Not the web client: an API path on the EU API host, and another site's page.
  api: 'https://lon.netverify.com/api/v4/initiate',
  docs: 'https://docs.acme.example/web/v4/app',
};
