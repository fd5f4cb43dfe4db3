// White-label web-client hosts of the EU data centre (<prefix>.lon.netverify.com) beside the US ones.
export const FRAME_SRC = [
  "'self'",
  // TODO(netverify-migrate): legacy-endpoint: legacy Jumio white-label web-client host acme.netverify.com (an iframe embed, CSP frame-src or origin allow-list): the KYX web client is served from *.web.<region>.jumio.ai (the account response's web.href) — allow and check that host instead once the calls are migrated (see MIGRATION.md)
  'https://acme.netverify.com',
  // TODO(netverify-migrate): legacy-endpoint: legacy Jumio white-label web-client host acme.lon.netverify.com (an iframe embed, CSP frame-src or origin allow-list): the KYX web client is served from *.web.<region>.jumio.ai (the account response's web.href) — allow and check that host instead once the calls are migrated (see MIGRATION.md)
  'https://acme.lon.netverify.com',
];

// TODO(netverify-migrate): legacy-endpoint: legacy Jumio white-label web-client host acme-eu.lon.netverify.com (an iframe embed, CSP frame-src or origin allow-list): the KYX web client is served from *.web.<region>.jumio.ai (the account response's web.href) — allow and check that host instead once the calls are migrated (see MIGRATION.md)
export const KYC_ORIGINS = new Set(['https://acme-eu.lon.netverify.com/']);

// Not the shape: an unknown data-centre label, a deeper host, a page path (the web-client path is web-client-host's).
export const OTHERS = [
  'https://acme.xyz.netverify.com',
  'https://a.b.lon.netverify.com',
  'https://acme.lon.netverify.com/en/privacy',
  'https://acme.lon.netverify.eu',
];
