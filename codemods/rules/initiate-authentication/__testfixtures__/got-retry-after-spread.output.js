// Shared got options spread into the call: retry: { limit: 0 } is written after the spread, so it wins over any
// retry the defaults carry (got resends a PUT by default; it never resent the legacy POST).
import got from 'got';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

const DEFAULTS = { timeout: { request: 5000 }, headers: { 'user-agent': 'Ledgerly/4.0' } };

export async function beginFaceLogin(enrollmentReference, userId) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const { body } = await got.put(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    ...DEFAULTS,
    json: { customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId },
    responseType: 'json',
    headers: { ...DEFAULTS.headers, Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    retry: { limit: 0 },
  });
  return body.web.href;
}
