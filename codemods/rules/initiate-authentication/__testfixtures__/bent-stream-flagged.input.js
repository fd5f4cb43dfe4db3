const bent = require('bent');

// No format: bent resolves to the response stream, which this code reads itself. Flagged, not rewritten.
const post = bent('https://netverify.com', 'POST', 200);

async function startAuthentication(enrollmentRef) {
  const stream = await post('/api/authentication/v1/web/initiate', { enrollmentTransactionReference: enrollmentRef }, {
    Authorization: `Basic ${process.env.JUMIO_BASIC}`,
  });
  const started = await stream.json();
  return started.redirectUrl;
}

module.exports = { startAuthentication };
