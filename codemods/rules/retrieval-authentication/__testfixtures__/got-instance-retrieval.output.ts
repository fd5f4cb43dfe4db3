import got from 'got';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

// A got.extend() client for the EU data centre, shared by the face-login result lookup and an ID types lookup.
// TODO(netverify-migrate): retrieval-authentication: this got.extend() instance still carries the legacy Basic credentials (migrated calls override prefixUrl, username, password and the Authorization header); remove them once none of its calls goes to a legacy Jumio host
const netverifyEu = got.extend({
  prefixUrl: 'https://lon.netverify.com/api',
  username: process.env.NETVERIFY_API_TOKEN,
  password: process.env.NETVERIFY_API_SECRET,
  responseType: 'json',
  timeout: { request: 8000 },
  headers: { 'user-agent': 'Contoso Pay/7.1' },
});

interface AuthenticationDetails {
  workflow: { id: string; userReference?: string };
}

export async function faceLoginResult(reference: string): Promise<string | undefined> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const { body } = await netverifyEu.get<AuthenticationDetails>(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` }, prefixUrl: '', username: '', password: '' });
  return body.workflow.userReference;
}

export async function idTypes(country: string) {
  const { body } = await netverifyEu.get('netverify/v2/acceptedIdTypes', { searchParams: { country } });
  return body;
}
