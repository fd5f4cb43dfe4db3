// A mapper whose typed parameter destructures the response with a default on a field its interface declares
// required: the new level's `{}` default must still type-check against the renamed interface.
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

interface StartResponse {
  timestamp: string;
  web: { href: string };
  workflowExecution: { id: string };
}

const toSession = ({ web: { href: url }, workflowExecution: { id: reference = '' } = {} as never }: StartResponse) => ({ url, reference });

export async function start(enrollmentTransactionReference: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentTransactionReference);
  const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    body: JSON.stringify({ customerInternalReference: enrollmentTransactionReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }),
  });
  return toSession((await res.json()) as StartResponse);
}
