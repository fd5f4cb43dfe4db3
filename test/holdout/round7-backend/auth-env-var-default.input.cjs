const env = require('env-var');
const fetch = require('node-fetch');

const JUMIO_BASE = env.get('JUMIO_BASE').default('https://lon.netverify.com').asUrlString();
const JUMIO_TOKEN = env.get('JUMIO_TOKEN').required().asString();
const JUMIO_SECRET = env.get('JUMIO_SECRET').required().asString();

async function startAuthentication(enrollmentRef, userId) {
  const res = await fetch(new URL('/api/authentication/v1/web/initiate', JUMIO_BASE), {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${JUMIO_TOKEN}:${JUMIO_SECRET}`).toString('base64'),
    },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentRef, userReference: userId }),
  });
  const data = await res.json();
  return data.redirectUrl;
}

module.exports = { startAuthentication };
