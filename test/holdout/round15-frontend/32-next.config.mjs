// Next.js config: security headers of the onboarding pages (the identity check runs in an iFrame).
const csp = [
  "default-src 'self'",
  "frame-src https://acme.netverify.com",
  "img-src 'self' data:",
].join('; ');

/** @type {import('next').NextConfig} */
export default {
  async headers() {
    return [
      { source: '/onboarding/:path*', headers: [{ key: 'Content-Security-Policy', value: csp }] },
    ];
  },
};
