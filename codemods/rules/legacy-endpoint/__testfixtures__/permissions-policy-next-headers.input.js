// next.config.js: the verification pages may use the camera only inside the Jumio frame.
module.exports = {
  async headers() {
    return [
      {
        source: '/verify/:path*',
        headers: [
          {
            key: 'Permissions-Policy',
            value: 'camera=(self "https://acme.netverify.com"), fullscreen=(self "https://acme.netverify.com"), accelerometer=(), gyroscope=(self), geolocation=()',
          },
        ],
      },
    ];
  },
};
