// The legacy response interface is also the endpoint's own response type (it builds one from the Jumio fields):
// the annotation on the Jumio response changes, the interface the endpoint publishes keeps its names.
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

interface StartResponse {
  timestamp?: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function startFaceLogin(enrollment: string, user: string): Promise<StartResponse> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollment);
  const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    body: JSON.stringify({ customerInternalReference: user, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: user }),
  });
  const json: { timestamp?: string; web: { href: string }; workflowExecution: { id: string } } = await res.json();
  return { redirectUrl: json.web.href, transactionReference: json.workflowExecution.id };
}
