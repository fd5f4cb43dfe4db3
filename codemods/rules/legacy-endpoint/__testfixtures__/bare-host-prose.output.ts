// Help texts and settings that name the legacy hosts.
export const HELP = {
  faceAuth:
    'Until March we used Jumio Netverify (lon.netverify.com). Old records still carry the legacy transactionReference ' +
    'and redirectUrl columns.',
  privacy: 'https://www.netverify.com/en/privacy-policy',
};

// A host setting and a CSP source list are still reported.
// TODO(netverify-migrate): legacy-endpoint: legacy Jumio API base URL lon.netverify.com: a call still built on it must move to KYX by hand (initiate: account.emea-1.jumio.ai; retrieval: retrieval.emea-1.jumio.ai; see MIGRATION.md); calls this tool migrated send nothing to it (some still read it to pick the KYX host of their region): update or remove it once no code reads it
export const JUMIO_API_HOST = 'lon.netverify.com';
// TODO(netverify-migrate): legacy-endpoint: legacy Jumio white-label web-client host acme.netverify.com (an iframe embed, CSP frame-src or origin allow-list): the KYX web client is served from *.web.<region>.jumio.ai (the account response's web.href) — allow and check that host instead once the calls are migrated (see MIGRATION.md)
export const CSP = "frame-src 'self' acme.netverify.com";
