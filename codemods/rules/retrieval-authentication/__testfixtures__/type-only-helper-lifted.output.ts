// A file of a repository migrated in parts: it already imports a type of the KYX helper, type-only.
import axios from 'axios';
import { type KyxAccount, kyxAccessToken } from './kyx-auth.js';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account.js';

export type TokenSource = typeof kyxAccessToken;

export async function faceLoginResult(reference: string, account?: KyxAccount) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const { data } = await axios.get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  return { reference: data.workflow.id, account };
}
