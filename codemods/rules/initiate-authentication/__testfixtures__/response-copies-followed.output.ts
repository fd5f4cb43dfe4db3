// Copies that keep every field under its own name are the answer: a spread adding the app's keys, structuredClone,
// Object.assign onto an empty object, a JSON round trip, a rest element. Their reads move; taking the copy is no item.
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

interface Started { timestamp: string; web: { href: string }; workflowExecution: { id: string } }

export async function start(enrollment: string, wireId: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollment);
  const { data } = await axios.put<Started>(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    { customerInternalReference: enrollment, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } },
    { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  const attempt = { ...data, wireId, requestedAt: Date.now() };
  const cloned = structuredClone(data);
  const assigned = Object.assign({}, data, { wireId });
  const deep = JSON.parse(JSON.stringify(data)) as Started;
  const { timestamp, ...rest } = data;
  return [attempt.web.href, cloned.workflowExecution.id, assigned.web.href, deep.workflowExecution.id, rest.web.href, timestamp];
}
