// Legacy Netverify endpoints per data centre.
const JUMIO_INITIATE_URL = {
  us: 'https://netverify.com/api/v4/initiate',
  eu: 'https://lon.netverify.com/api/v4/initiate',
};

module.exports = { JUMIO_INITIATE_URL };
