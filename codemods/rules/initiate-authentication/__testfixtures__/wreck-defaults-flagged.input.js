const Wreck = require('wreck');

// The pre-@hapi wreck package: whether an instance's defaults or the call's options win differs between its versions.
const jumio = Wreck.defaults({
  baseUrl: 'https://netverify.com',
  headers: { Authorization: 'Basic ' + Buffer.from(process.env.JUMIO_TOKEN + ':' + process.env.JUMIO_SECRET).toString('base64') },
  json: true,
});

async function startFaceAuth(enrollmentTransactionReference) {
  const { payload } = await jumio.post('/api/authentication/v1/web/initiate', {
    payload: { enrollmentTransactionReference, userReference: 'web' },
  });
  return payload.redirectUrl;
}

module.exports = { startFaceAuth };
