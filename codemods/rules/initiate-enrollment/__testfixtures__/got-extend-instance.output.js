import got from 'got';
import { kyxAccessToken } from './kyx-auth.mjs';

// A got.extend() instance with the legacy prefixUrl and Basic credentials: got would join the prefixUrl to an
// absolute KYX URL and send the instance's credentials, so the migrated call overrides both in its own options
// (prefixUrl: '', username: '', password: '') and the instance is left as it is.
// TODO(netverify-migrate): initiate-enrollment: this got.extend() instance still carries the legacy Basic credentials (migrated calls override prefixUrl, username, password and the Authorization header); remove them once none of its calls goes to a legacy Jumio host
const jumio = got.extend({
  prefixUrl: 'https://lon.netverify.com/api/',
  username: process.env.JUMIO_TOKEN,
  password: process.env.JUMIO_SECRET,
});

export async function initiateVerification(customerInternalReference) {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.mjs); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const body = await jumio.post('https://account.emea-1.jumio.ai/api/v1/accounts', { json: { customerInternalReference, workflowDefinition: { key: 3 } }, headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` }, prefixUrl: '', username: '', password: '' }).json();
  return body.web.href;
}
