// The caller passes the headers (User-Agent, tracing…): the call sends them as they are, shorthand.
import fetch from 'node-fetch';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

export async function startFaceAuth(enrollmentReference, userReference, headers) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { ...headers, Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    body: JSON.stringify({ customerInternalReference: userReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference }),
  });
  const data = await res.json();
  return { url: data.web.href, reference: data.workflowExecution.id };
}
