// Two retrievals read the details through one interface imported from another module; the second call's host comes
// from a setting, so it is only flagged and keeps reading the legacy fields. The interface keeps its legacy shape (its
// module gets an item); the migrated call reads a KYX-shaped copy declared in its own file (the type stands alone).
import axios from 'axios';
import type { JumioAuthDetails } from './shared-details-types';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

const auth = { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' };

interface KyxJumioAuthDetails {
  workflow: { id: string; userReference: string };
  transactionResult: string;
}

export async function userOf(ref: string): Promise<string> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  // TODO(netverify-migrate): retrieval-authentication: this migrated retrieval reads KyxJumioAuthDetails, a KYX-shaped copy of JumioAuthDetails (imported from './shared-details-types'), which keeps the legacy shape for the legacy retrieval at line 15 of shared-type-imported-flagged.input.ts (flagged, not migrated); in KyxJumioAuthDetails, transactionResult is not in the KYX workflow details (now: workflow.status + capabilities.authentication[].decision.type): when you migrate that call, move JumioAuthDetails to the KYX shape and delete KyxJumioAuthDetails
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const res = await axios.get<KyxJumioAuthDetails>(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  return res.data.workflow.userReference;
}

export async function resultFrom(ref: string): Promise<string> {
  // TODO(netverify-migrate): retrieval-authentication: legacy Jumio authentication retrieval not migrated automatically: its URL is netverify.com/api/netverify/v2/authentications/{…} by default but can come from a setting (an environment variable or config value) the codemod cannot read: migrate this call by hand to GET https://retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with an OAuth2 bearer token, and point the setting at the KYX host (see MIGRATION.md)
  const res = await axios.get<JumioAuthDetails>(`${process.env.JUMIO_BASE ?? 'https://netverify.com'}/api/netverify/v2/authentications/${ref}`, { auth });
  return `${res.data.transactionReference}: ${res.data.transactionResult}`;
}
