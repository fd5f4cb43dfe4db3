// Next.js config: security headers of the checkout pages (card and bank frames).
const csp = [
  "default-src 'self'",
  "frame-src https://js.stripe.com https://hooks.stripe.com https://cdn.plaid.com",
].join('; ');

/** @type {import('next').NextConfig} */
export default {
  async headers() {
    return [{ source: '/checkout/:path*', headers: [{ key: 'Content-Security-Policy', value: csp }] }];
  },
};
