// Settings of the club app, read once at start-up (CommonJS, no framework).
module.exports = {
  publicUrl: process.env.PUBLIC_URL || 'https://club.acme-fitness.com',
  jumio: {
    apiToken: process.env.JUMIO_API_TOKEN,
    apiSecret: process.env.JUMIO_API_SECRET,
    userAgent: 'Acme Club/3.1',
  },
};
