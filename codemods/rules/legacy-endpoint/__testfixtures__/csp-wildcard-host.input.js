// Next.js headers(): the CSP allows every legacy white-label web client through a wildcard source.
const csp = [
  "default-src 'self'",
  "frame-src 'self' https://*.netverify.com",
  "connect-src 'self' https://api.example.com",
].join('; ');

module.exports = {
  async headers() {
    return [{ source: '/(.*)', headers: [{ key: 'Content-Security-Policy', value: csp }] }];
  },
};
