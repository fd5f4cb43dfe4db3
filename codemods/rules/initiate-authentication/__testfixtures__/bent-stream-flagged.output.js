const bent = require('bent');

// No format: bent resolves to the response stream, which this code reads itself. Flagged, not rewritten.
const post = bent('https://netverify.com', 'POST', 200);

async function startAuthentication(enrollmentRef) {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: a bent call the codemod cannot migrate whole: its factory resolves to the response stream
  const stream = await post('/api/authentication/v1/web/initiate', { enrollmentTransactionReference: enrollmentRef }, {
    Authorization: `Basic ${process.env.JUMIO_BASIC}`,
  });
  const started = await stream.json();
  return started.redirectUrl;
}

module.exports = { startAuthentication };
