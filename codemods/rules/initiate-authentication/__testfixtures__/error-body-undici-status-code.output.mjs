// undici: the fields destructured from the response, a failure tested on `statusCode`: the error body is not the
// value; a branch taken on success (`statusCode === 200`) still holds it.
import { request } from 'undici';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

export async function start(enrollment) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollment);
  const { statusCode, body } = await request(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${await kyxAccessToken('amer-1')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ customerInternalReference: enrollment, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }),
  });
  if (statusCode >= 400 && statusCode < 500) {
    const problem = await body.json();
    throw Object.assign(new Error('refused'), { problem });
  }
  if (statusCode === 200) {
    const started = await body.json();
    return started.web.href;
  }
  throw new Error(`vendor answered ${statusCode}`);
}
