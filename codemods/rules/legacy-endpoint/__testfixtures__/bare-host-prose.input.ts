// Help texts and settings that name the legacy hosts.
export const HELP = {
  faceAuth:
    'Until March we used Jumio Netverify (lon.netverify.com). Old records still carry the legacy transactionReference ' +
    'and redirectUrl columns.',
  privacy: 'https://www.netverify.com/en/privacy-policy',
};

// A host setting and a CSP source list are still reported.
export const JUMIO_API_HOST = 'lon.netverify.com';
export const CSP = "frame-src 'self' acme.netverify.com";
