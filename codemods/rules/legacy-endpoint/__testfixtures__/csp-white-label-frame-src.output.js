const helmet = require('helmet');

// CSP for the KYC page: the web client runs in an iframe from our white-label domain.
module.exports = helmet.contentSecurityPolicy({
  directives: {
    defaultSrc: ["'self'"],
    // TODO(netverify-migrate): legacy-endpoint: legacy Jumio white-label web-client host acme.netverify.com (an iframe embed, CSP frame-src or origin allow-list): the KYX web client is served from *.web.<region>.jumio.ai (the account response's web.href) — allow and check that host instead once the calls are migrated (see MIGRATION.md)
    frameSrc: ["'self'", 'https://acme.netverify.com'],
  },
});
