// One policy value naming the US and the EU white-label hosts: the item names both (round 46).
export const SECURITY_HEADERS = {
  'Permissions-Policy':
    'camera=(self "https://tidewater.netverify.com" "https://tidewater.lon.netverify.com"), fullscreen=(self "https://tidewater.netverify.com"), geolocation=()',
};
