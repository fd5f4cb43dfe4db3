import Wreck from '@hapi/wreck';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

// TODO(netverify-migrate): retrieval-authentication: this type describes the legacy retrieval details; transactionResult is not in the KYX workflow details (now: workflow.status + capabilities.authentication[].decision.type)
interface JumioAuthentication {
  workflow: { id: string; userReference?: string };
  transactionResult: string;
}

export async function loadAuthentication(ref: string, basic: string): Promise<JumioAuthentication> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const { res, payload } = await Wreck.get<JumioAuthentication>(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, {
    headers: { authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    json: 'strict',
  });
  if (res.statusCode !== 200) throw new Error(`jumio: ${res.statusCode}`);
  console.log('authentication for', payload.workflow.userReference);
  // TODO(netverify-migrate): retrieval-authentication: the retrieval details leave here whole and now have the KYX shape: transactionReference → workflow.id, userReference → workflow.userReference; transactionResult, transactionDate, scanSource, enrollmentTransactionReference, images and livenessImages are gone (see MIGRATION.md, retrieval-authentication); check every reader downstream
  return payload;
}
