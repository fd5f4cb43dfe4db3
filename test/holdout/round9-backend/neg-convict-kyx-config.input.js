// convict schema of the identity service, after the move to KYX.
const convict = require('convict');

const config = convict({
  jumio: {
    region: {
      doc: 'KYX region of the tenant (we were on lon.netverify.com until the 2024 migration)',
      format: ['amer-1', 'emea-1', 'apac-1'],
      default: 'emea-1',
      env: 'JUMIO_REGION',
    },
    accountHost: {
      doc: 'KYX account API',
      format: 'url',
      default: 'https://account.emea-1.jumio.ai',
      env: 'JUMIO_ACCOUNT_HOST',
    },
    clientId: { doc: 'OAuth2 client id', format: String, default: '', env: 'KYX_CLIENT_ID', sensitive: true },
  },
});

config.validate({ allowed: 'strict' });
module.exports = config;
