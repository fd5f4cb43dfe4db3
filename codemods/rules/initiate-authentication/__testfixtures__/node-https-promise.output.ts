// Node https.request with the host and path as options, the body written with req.write and the chunks joined
// into a string, inside a returned `new Promise`: the lookup and the token are awaited above the promise.
import https from 'https';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export async function startAuth(enrollmentRef: string, userRef: string): Promise<string> {
  const kyxAccount = await resolveKyxAccount(enrollmentRef);
  const kyxToken = await kyxAccessToken('emea-1');
  const payload = {
    customerInternalReference: userRef,
    workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    userReference: userRef,
    web: {
      successUrl: 'https://shop.example.com/ok',
      errorUrl: 'https://shop.example.com/fail',
    },
  };
  const body = JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const req = https.request({
      hostname: 'account.emea-1.jumio.ai',
      path: `/api/v1/accounts/${kyxAccount.accountId}`,
      method: 'PUT',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'User-Agent': 'Shop/1.0',
        Authorization: `Bearer ${kyxToken}`,
      },
    }, (res) => {
      let data = '';
      res.on('data', (chunk) => (data += chunk));
      res.on('end', () => {
        const parsed = JSON.parse(data);
        resolve(parsed.web.href);
      });
    });
    req.on('error', reject);
    req.write(body);
    req.end();
  });
}
