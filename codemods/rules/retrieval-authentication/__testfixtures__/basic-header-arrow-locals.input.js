const fetch = require('node-fetch');

const basicAuth = () => {
  const user = process.env.JUMIO_API_TOKEN;
  const pass = process.env.JUMIO_API_SECRET;
  return `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
};

async function getAuthentication(ref) {
  const response = await fetch('https://lon.netverify.com/api/netverify/v2/authentications/' + ref, {
    headers: { Accept: 'application/json', 'User-Agent': 'Acme/1.0', Authorization: basicAuth() },
  });
  return response.json();
}

module.exports = { getAuthentication };
