/** @type {import('next').NextConfig} */
const csp = [
  "default-src 'self'",
  // TODO(netverify-migrate): legacy-endpoint: legacy Jumio host lon.netverify.com in a Content-Security-Policy source list: the KYX web client is served from *.web.<region>.jumio.ai (the account response's web.href) — allow that host instead (frame-src) once the calls are migrated, and drop the legacy one (see MIGRATION.md)
  "frame-src 'self' https://lon.netverify.com https://acme.netverify.com",
  "connect-src 'self' https://api.acme.example",
].join('; ');

module.exports = {
  async headers() {
    return [{ source: '/(.*)', headers: [{ key: 'Content-Security-Policy', value: csp }] }];
  },
};

// helmet-style directives: an API host in frameSrc is a framed web client too.
const directives = {
  // TODO(netverify-migrate): legacy-endpoint: legacy Jumio host netverify.com in a Content-Security-Policy source list: the KYX web client is served from *.web.<region>.jumio.ai (the account response's web.href) — allow that host instead (frame-src) once the calls are migrated, and drop the legacy one (see MIGRATION.md)
  frameSrc: ["'self'", 'https://netverify.com'],
};
module.exports.directives = directives;
