// Next.js headers(): the CSP allows every legacy white-label web client through a wildcard source.
const csp = [
  "default-src 'self'",
  // TODO(netverify-migrate): legacy-endpoint: legacy Jumio wildcard host *.netverify.com (a CSP source or origin allow-list: the legacy white-label web clients): the KYX web client is served from *.web.<region>.jumio.ai (the account response's web.href) — allow and check that host instead once the calls are migrated (see MIGRATION.md)
  "frame-src 'self' https://*.netverify.com",
  "connect-src 'self' https://api.example.com",
].join('; ');

module.exports = {
  async headers() {
    return [{ source: '/(.*)', headers: [{ key: 'Content-Security-Policy', value: csp }] }];
  },
};
