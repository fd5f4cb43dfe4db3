import got from 'got';

// A got.extend() instance with the legacy prefixUrl and Basic credentials: got would join the prefixUrl to an
// absolute KYX URL and send the instance's credentials, so the call is flagged and left working.
const jumio = got.extend({
  prefixUrl: 'https://lon.netverify.com/api/',
  username: process.env.JUMIO_TOKEN,
  password: process.env.JUMIO_SECRET,
});

export async function initiateVerification(customerInternalReference) {
  // TODO(netverify-migrate): initiate-enrollment: legacy Jumio enrollment initiate not migrated automatically: the call goes through a got.extend() instance whose base URL and credentials also apply to a KYX URL; call got directly (or a separate instance) with the KYX account URL and Authorization: Bearer from kyxAccessToken
  const body = await jumio.post('v4/initiate', { json: { customerInternalReference, workflowId: 200 } }).json();
  return body.redirectUrl;
}
