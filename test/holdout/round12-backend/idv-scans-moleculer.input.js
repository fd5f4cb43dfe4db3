// Moleculer action reading an ID-verification scan's data (another Jumio product: no authentication rewrite) (US).
const axios = require('axios');

module.exports = {
  name: 'kyc-results',
  actions: {
    async scanData(ctx) {
      const { data } = await axios.get(`https://netverify.com/api/netverify/v2/scans/${ctx.params.scanReference}/data`, {
        auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
      });
      return { status: data.document.status, country: data.document.issuingCountry };
    },
  },
};
