// Node's https.request whose response is read as an async iterable (`for await (const chunk of res)`): the chunks are
// collected like a 'data' listener's, so the call is migrated and the parsed body's reads follow.
import https from 'node:https';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

export async function startFaceLogin(enrollment, userId) {
  const kyxAccount = await resolveKyxAccount(enrollment);
  const kyxToken = await kyxAccessToken('amer-1');
  const payload = JSON.stringify({ customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId });
  return new Promise((resolve, reject) => {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const req = https.request(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${kyxToken}` },
    }, async (res) => {
      const chunks = [];
      for await (const chunk of res) {
        chunks.push(chunk);
      }
      const started = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      resolve({ url: started.web.href, reference: started.workflowExecution.id });
    });
    req.on('error', reject);
    req.end(payload);
  });
}
