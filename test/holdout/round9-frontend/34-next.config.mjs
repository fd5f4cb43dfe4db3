/** @type {import('next').NextConfig} */
const nextConfig = {
  async rewrites() {
    return [
      // Back-office: proxy the case lookup to Netverify (credentials are added by the API route).
      { source: '/jumio/authentications/:ref', destination: 'https://netverify.com/api/netverify/v2/authentications/:ref' },
    ];
  },
  async headers() {
    return [
      {
        source: '/kyc/:path*',
        headers: [{ key: 'Content-Security-Policy', value: "frame-src 'self' https://acme.netverify.com; default-src 'self'" }],
      },
    ];
  },
};

export default nextConfig;
