// One policy value naming the US and the EU white-label hosts: the item names both (round 46).
export const SECURITY_HEADERS = {
  'Permissions-Policy':
    // TODO(netverify-migrate): legacy-endpoint: legacy Jumio web-client hosts tidewater.netverify.com and tidewater.lon.netverify.com in a Permissions-Policy: the KYX web client is served from *.web.<region>.jumio.ai (the account response's web.href) and its iframe needs camera, fullscreen, accelerometer, gyroscope and magnetometer (allow="camera;fullscreen;accelerometer;gyroscope;magnetometer"): delegate each to the KYX web client's origin once the calls are migrated — camera and fullscreen: replace tidewater.netverify.com and tidewater.lon.netverify.com with it; accelerometer, gyroscope and magnetometer: not in this value (a feature the whole policy leaves out keeps its default, self, and the iframe's allow grants it) (see MIGRATION.md)
    'camera=(self "https://tidewater.netverify.com" "https://tidewater.lon.netverify.com"), fullscreen=(self "https://tidewater.netverify.com"), geolocation=()',
};
