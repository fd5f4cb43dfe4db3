const https = require('node:https');

function getAuthenticationDetails(reference) {
  return new Promise((resolve, reject) => {
    https
      .get(
        `https://lon.netverify.com/api/netverify/v2/authentications/${reference}`,
        { auth: `${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`, headers: { Accept: 'application/json', 'User-Agent': 'Example/1.0' } },
        (res) => {
          let raw = '';
          res.on('data', (c) => (raw += c));
          res.on('end', () => resolve(JSON.parse(raw)));
        },
      )
      .on('error', reject);
  });
}

module.exports = { getAuthenticationDetails };
