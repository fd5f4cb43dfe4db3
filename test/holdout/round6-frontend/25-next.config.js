/** @type {import('next').NextConfig} */
const csp = [
  "default-src 'self'",
  "script-src 'self'",
  // the identity check (Jumio Netverify web client) runs in an iframe on /verify
  'frame-src https://acme.netverify.com https://js.stripe.com',
  "img-src 'self' data:",
].join('; ');

module.exports = {
  reactStrictMode: true,
  async headers() {
    return [{ source: '/:path*', headers: [{ key: 'Content-Security-Policy', value: csp }] }];
  },
};
