const axios = require('axios');
const { from, map } = require('rxjs');

// The service hands its callers an Observable of the redirect URL: made async for the KYX token, it would hand
// them a promise of that Observable instead.
function startFaceLogin$(member) {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: the enclosing function returns ….pipe(…), not a promise: made async to await the KYX token, its callers would get a promise of it instead; migrate this flow to async/await by hand
  return from(
    axios.post('https://netverify.com/api/authentication/v1/web/initiate', {
      enrollmentTransactionReference: member.enrollmentReference,
      userReference: member.id,
      successUrl: 'https://app.example.com/face-login/done',
    }, { auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET } }),
  ).pipe(map((res) => res.data.redirectUrl));
}

module.exports = { startFaceLogin$ };
