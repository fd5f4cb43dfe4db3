// Jumio settings of the SG lending app, shared by the API (ESM) and the older queue workers (CommonJS).
module.exports = {
  publicUrl: process.env.PUBLIC_URL || 'https://lend.acme.sg',
  jumio: {
    v4Url: 'https://core-sgp.jumio.com/api/v4/initiate',
    apiToken: process.env.JUMIO_API_TOKEN,
    apiSecret: process.env.JUMIO_API_SECRET,
    userAgent: 'Acme Lending SG/3.0',
  },
};
