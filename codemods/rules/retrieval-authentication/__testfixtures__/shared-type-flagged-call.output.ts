// Two retrievals read the details through one interface; the second call's host comes from a setting, so it is only
// flagged and keeps reading the legacy fields. The interface stays legacy for it; the migrated call gets a KYX copy.
import axios from 'axios';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

// TODO(netverify-migrate): retrieval-authentication: this type describes the legacy retrieval details of two calls: the legacy retrieval at line 19 is flagged (not migrated) and still reads the legacy fields, so the type keeps that shape; the migrated one at line 14 now reads KyxJumioAuthDetails; in KyxJumioAuthDetails, transactionResult is not in the KYX workflow details (now: workflow.status + capabilities.authentication[].decision.type); when you migrate the call at line 19, move it to KyxJumioAuthDetails and delete this type
export interface JumioAuthDetails {
  transactionReference: string;
  transactionResult: string;
  userReference: string;
}

export interface KyxJumioAuthDetails {
  workflow: { id: string; userReference: string };
  transactionResult: string;
}

const auth = { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' };

export async function userOf(ref: string): Promise<string> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const res = await axios.get<KyxJumioAuthDetails>(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  return res.data.workflow.userReference;
}

export async function resultFrom(ref: string): Promise<string> {
  // TODO(netverify-migrate): retrieval-authentication: legacy Jumio authentication retrieval not migrated automatically: its URL is netverify.com/api/netverify/v2/authentications/{…} by default but can come from a setting (an environment variable or config value) the codemod cannot read: migrate this call by hand to GET https://retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with an OAuth2 bearer token, and point the setting at the KYX host (see MIGRATION.md)
  const res = await axios.get<JumioAuthDetails>(`${process.env.JUMIO_BASE ?? 'https://netverify.com'}/api/netverify/v2/authentications/${ref}`, { auth });
  return `${res.data.transactionReference}: ${res.data.transactionResult}`;
}
