// Already on KYX: the account API of the tenant's data centre.
import { getKyxToken } from './kyx-token';

const ACCOUNT_API = new Map([
  ['US', 'https://account.amer-1.jumio.ai'],
  ['EU', 'https://account.emea-1.jumio.ai'],
  ['SG', 'https://account.apac-1.jumio.ai'],
]);

export async function getAccount(region: string, accountId: string) {
  const res = await fetch(`${ACCOUNT_API.get(region)}/api/v1/accounts/${accountId}`, {
    headers: { Authorization: `Bearer ${await getKyxToken(region)}`, 'User-Agent': 'acme-onboarding/3.2' },
  });
  if (!res.ok) throw new Error(`account lookup failed: ${res.status}`);
  return res.json();
}
