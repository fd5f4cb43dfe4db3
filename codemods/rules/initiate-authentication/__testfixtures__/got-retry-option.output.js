// The call already retries (got's retry option): after the move to a PUT got resends it on a 5xx, which it never
// did for the legacy POST. Migrated, with a manual item to set limit 0.
import got from 'got';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

export async function beginFaceLogin(enrollmentReference, userId) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  // TODO(netverify-migrate): initiate-authentication: this call's retry option (line 10) now resends a PUT on a network error or a 5xx (it never resent the legacy POST), and every KYX account PUT starts a new workflow execution: give this call retry: { limit: 0 }
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const result = await got.put(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    json: { customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId },
    retry: { limit: 3 },
    headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
  }).json();
  return { url: result.web.href, reference: result.workflowExecution.id };
}
