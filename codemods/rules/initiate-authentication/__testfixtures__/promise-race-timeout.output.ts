// A deadline raced against the call: Promise.race settles with the call's response (or the timeout's error).
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

const timeout = (ms: number) => new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms));

export async function startWithDeadline(enrollment: string, user: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollment);
  const res = await Promise.race([
    axios.put<{ web: { href: string }; workflowExecution: { id: string } }>(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      customerInternalReference: user,
      workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      userReference: user,
    }, { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } }),
    timeout(5000),
  ]);
  return { url: res.data.web.href, ref: res.data.workflowExecution.id };
}
