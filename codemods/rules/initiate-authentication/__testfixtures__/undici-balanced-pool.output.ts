import { BalancedPool, request } from 'undici';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

// Every Jumio call of the service goes through one keep-alive pool.
const jumio = new BalancedPool(['https://lon.netverify.com'], { connections: 16 });

export async function startAuthentication(enrollmentTransactionReference: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentTransactionReference);
  const { statusCode, body } = await request(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${await kyxAccessToken('emea-1')}`, 'content-type': 'application/json', 'user-agent': 'Fabrikam KYC/2.4' },
    body: JSON.stringify({ customerInternalReference: 'fabrikam-web', workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: 'fabrikam-web' }),
  });
  if (statusCode !== 200) throw new Error(`Jumio initiate failed: ${statusCode}`);
  const session = (await body.json()) as { web: { href: string } };
  return session.web.href;
}

export async function ping(): Promise<number> {
  const { statusCode } = await jumio.request({ path: '/', method: 'HEAD' });
  return statusCode;
}
