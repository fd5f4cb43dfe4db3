// https.request inside a returned promise that resolves with the parsed response (`resolve(JSON.parse(data))`): the
// reads of its callers follow the promise (here and through await), as they follow any returned response.
import { request } from 'node:https';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

interface AuthInit {
  web: { href: string };
  workflowExecution: { id: string };
}

async function initiate(enrollmentTransactionReference: string): Promise<AuthInit> {
  const kyxAccount = await resolveKyxAccount(enrollmentTransactionReference);
  const kyxToken = await kyxAccessToken('apac-1');
  const body = JSON.stringify({ customerInternalReference: enrollmentTransactionReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, web: { locale: 'en-SG' } });
  return new Promise((resolve, reject) => {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const req = request(
      {
        hostname: 'account.apac-1.jumio.ai',
        path: `/api/v1/accounts/${kyxAccount.accountId}`,
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'User-Agent': 'Acme SG/1.0', Authorization: `Bearer ${kyxToken}` },
      },
      (res) => {
        let raw = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          raw += chunk;
        });
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`Jumio ${res.statusCode}: ${raw}`));
          resolve(JSON.parse(raw));
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function faceLogin(enrollmentRef: string): Promise<{ url: string; ref: string }> {
  const { web: { href: redirectUrl }, workflowExecution: { id: transactionReference } } = await initiate(enrollmentRef);
  return { url: redirectUrl, ref: transactionReference };
}
