import https from 'node:https';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

// node:https.request settled through Promise.withResolvers() (ES2024): what resolve() is given flows out of the promise.
export async function startFaceLogin(enrollment, userId) {
  const { promise, resolve, reject } = Promise.withResolvers();
  // TODO(netverify-migrate): initiate-authentication: the KYX account lookup and token are awaited before this call is made: a failure there rejects the enclosing function and never reaches the request callback: wrap the new awaits in try/catch and hand the error to it
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollment);
  const req = https.request(
    `https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    { method: 'PUT', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } },
    (res) => {
      let data = '';
      res.on('data', (chunk) => (data += chunk));
      res.on('end', () => resolve(JSON.parse(data)));
    },
  );
  req.on('error', reject);
  req.end(JSON.stringify({ customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId }));
  const started = await promise;
  return { url: started.web.href, reference: started.workflowExecution.id };
}
