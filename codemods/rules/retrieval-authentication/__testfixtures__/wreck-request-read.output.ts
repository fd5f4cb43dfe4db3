import * as Wreck from '@hapi/wreck';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

// TODO(netverify-migrate): retrieval-authentication: this type describes the legacy retrieval details; transactionResult is not in the KYX workflow details (now: workflow.status + capabilities.authentication[].decision.type)
interface AuthenticationDetails {
  workflow: { id: string; userReference: string };
  transactionResult: string;
}

export async function authenticationDetails(reference: string, auth: string): Promise<string> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const res = await Wreck.request('GET', `https://retrieval.apac-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('apac-1')}`, Accept: 'application/json' },
  });
  if (res.statusCode !== 200) throw new Error(`Jumio answered ${res.statusCode}`);
  const details = await Wreck.read<AuthenticationDetails>(res, { json: 'strict' });
  return details.workflow.userReference;
}
