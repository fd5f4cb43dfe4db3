import pRetry from 'p-retry';
import axios from 'axios';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

// TODO(netverify-migrate): retrieval-authentication: this type describes the legacy retrieval details; transactionResult is not in the KYX workflow details (now: workflow.status + capabilities.authentication[].decision.type)
interface FaceAuthDetails {
  workflow: { id: string; userReference?: string };
  transactionResult: string;
}

/** Jumio's retrieval API is eventually consistent: retry a few times on network errors and 5xx. */
export async function fetchAuthentication(reference: string): Promise<{ reference: string; user?: string }> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { data } = await pRetry(async () => axios.get<FaceAuthDetails>(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${(await resolveKyxWorkflowAccount(reference)).accountId}/workflow-executions/${reference}`, {
    headers: { 'User-Agent': 'Acme KYC/1.0', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
  }), { retries: 3, minTimeout: 500 });
  return { reference: data.workflow.id, user: data.workflow.userReference };
}
