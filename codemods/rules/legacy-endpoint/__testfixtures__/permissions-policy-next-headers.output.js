// next.config.js: the verification pages may use the camera only inside the Jumio frame.
module.exports = {
  async headers() {
    return [
      {
        source: '/verify/:path*',
        headers: [
          {
            key: 'Permissions-Policy',
            // TODO(netverify-migrate): legacy-endpoint: legacy Jumio web-client host acme.netverify.com in a Permissions-Policy: the KYX web client is served from *.web.<region>.jumio.ai (the account response's web.href) and its iframe needs camera, fullscreen, accelerometer, gyroscope and magnetometer (allow="camera;fullscreen;accelerometer;gyroscope;magnetometer"): delegate each to the KYX web client's origin once the calls are migrated — camera and fullscreen: replace acme.netverify.com with it; accelerometer and gyroscope: add it (this policy withholds them from the frame); magnetometer: not in this value (a feature the whole policy leaves out keeps its default, self, and the iframe's allow grants it) (see MIGRATION.md)
            value: 'camera=(self "https://acme.netverify.com"), fullscreen=(self "https://acme.netverify.com"), accelerometer=(), gyroscope=(self), geolocation=()',
          },
        ],
      },
    ];
  },
};
