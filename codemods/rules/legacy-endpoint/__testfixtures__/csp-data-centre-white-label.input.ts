// White-label web-client hosts of the EU data centre (<prefix>.lon.netverify.com) beside the US ones.
export const FRAME_SRC = [
  "'self'",
  'https://acme.netverify.com',
  'https://acme.lon.netverify.com',
];

export const KYC_ORIGINS = new Set(['https://acme-eu.lon.netverify.com/']);

// Not the shape: an unknown data-centre label, a deeper host, a page path (the web-client path is web-client-host's).
export const OTHERS = [
  'https://acme.xyz.netverify.com',
  'https://a.b.lon.netverify.com',
  'https://acme.lon.netverify.com/en/privacy',
  'https://acme.lon.netverify.eu',
];
