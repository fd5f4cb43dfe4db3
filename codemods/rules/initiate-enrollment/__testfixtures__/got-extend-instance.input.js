import got from 'got';

// A got.extend() instance with the legacy prefixUrl and Basic credentials: got would join the prefixUrl to an
// absolute KYX URL and send the instance's credentials, so the migrated call overrides both in its own options
// (prefixUrl: '', username: '', password: '') and the instance is left as it is.
const jumio = got.extend({
  prefixUrl: 'https://lon.netverify.com/api/',
  username: process.env.JUMIO_TOKEN,
  password: process.env.JUMIO_SECRET,
});

export async function initiateVerification(customerInternalReference) {
  const body = await jumio.post('v4/initiate', { json: { customerInternalReference, workflowId: 200 } }).json();
  return body.redirectUrl;
}
