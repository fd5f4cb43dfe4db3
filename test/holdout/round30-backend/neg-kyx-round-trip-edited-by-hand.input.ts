// Face login (KYX account API, workflow 9). Written by netverify-migrate in March from the old initiate on
// lon.netverify.com, then tidied by hand: the markers were resolved once resolveKyxAccount was implemented, the payload
// got its own variable again and the response type a name.
import { kyxAccessToken, resolveKyxAccount, type KyxAccount } from './kyx-auth.js';
import { saveFaceLogin } from './store.js';

type KyxFaceLoginStart = {
  timestamp: string;
  web: { href: string };
  workflowExecution: { id: string };
};

export async function startFaceLogin(member: { id: string; jumioEnrollmentRef: string }, origin: string): Promise<string> {
  const kyxAccount: KyxAccount = await resolveKyxAccount(member.jumioEnrollmentRef);
  const payload = {
    customerInternalReference: member.id,
    workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    userReference: member.id,
    web: { successUrl: `${origin}/face-login/done`, errorUrl: `${origin}/face-login/failed` },
    tokenLifetime: '10m',
  };
  const res = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'User-Agent': 'Fenwick Bank/7.1',
      Authorization: `Bearer ${await kyxAccessToken('emea-1')}`,
    },
    body: JSON.stringify(payload),
  });
  if (!res.ok) throw new Error(`face login start failed: ${res.status}`);
  const started = (await res.json()) as KyxFaceLoginStart;
  await saveFaceLogin(member.id, started.workflowExecution.id);
  return started.web.href;
}
