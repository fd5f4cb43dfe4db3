// Half-migrated by hand: the retrieval below is on KYX and imports the token helper; the initiate is still legacy.
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.js';

export async function startFaceLogin(enrollmentRef: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentRef);
  const { data } = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    customerInternalReference: enrollmentRef,
    workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    web: { successUrl: 'https://portal.example.com/face-login/done' },
  }, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  return data.web.href;
}

export async function faceLoginStatus(accountId: string, workflowExecutionId: string): Promise<string> {
  const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${workflowExecutionId}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  const details = (await res.json()) as { workflow: { status: string } };
  return details.workflow.status;
}
