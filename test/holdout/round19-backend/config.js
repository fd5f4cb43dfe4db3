// Application settings (CommonJS): one object per integration, read by the routes.
module.exports = {
  port: Number(process.env.PORT || 3000),
  publicUrl: process.env.PUBLIC_URL || 'https://onboarding.acme.sg',
  jumio: {
    initiateUrl: 'https://core-sgp.jumio.com/api/v4/initiate',
    userAgent: 'Acme Onboarding SG/1.2',
    apiToken: process.env.JUMIO_API_TOKEN,
    apiSecret: process.env.JUMIO_API_SECRET,
  },
};
