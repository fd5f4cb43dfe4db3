/** @type {import('next').NextConfig} */
const csp = [
  "default-src 'self'",
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
  frameSrc: ["'self'", 'https://netverify.com'],
};
module.exports.directives = directives;
