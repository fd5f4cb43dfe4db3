const Wreck = require('wreck');

// The pre-@hapi wreck package: whether an instance's defaults or the call's options win differs between its versions.
const jumio = Wreck.defaults({
  baseUrl: 'https://netverify.com',
  headers: { Authorization: 'Basic ' + Buffer.from(process.env.JUMIO_TOKEN + ':' + process.env.JUMIO_SECRET).toString('base64') },
  json: true,
});

async function startFaceAuth(enrollmentTransactionReference) {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: the call goes through a Wreck.defaults() instance of the old wreck package: some of its versions merge the instance's headers over the call's and join an absolute URL's path to the baseUrl, so a KYX call through it could go to the legacy host with the Basic credentials; move to @hapi/wreck, or call Wreck.put / Wreck.get directly with the KYX URL, json: true and Authorization: Bearer from kyxAccessToken
  const { payload } = await jumio.post('/api/authentication/v1/web/initiate', {
    payload: { enrollmentTransactionReference, userReference: 'web' },
  });
  return payload.redirectUrl;
}

module.exports = { startFaceAuth };
