// Settings of the member app's workers, one object per integration (CommonJS barrel: each value is its own module).
module.exports = {
  netverify: require('./netverify-endpoints.cjs'),
  portal: {
    origin: process.env.MEMBER_PORTAL_ORIGIN || 'https://members.tidewater-bank.example',
  },
  http: {
    timeoutMs: 15000,
  },
};
