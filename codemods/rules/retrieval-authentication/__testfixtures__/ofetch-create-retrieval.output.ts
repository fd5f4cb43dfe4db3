import { ofetch } from 'ofetch';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

// TODO(netverify-migrate): retrieval-authentication: this ofetch.create() instance still carries the legacy Basic credentials (migrated calls override baseURL and the Authorization header); remove them once none of its calls goes to a legacy Jumio host
const jumioSg = ofetch.create({
  baseURL: 'https://core-sgp.jumio.com',
  headers: { Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_SG_TOKEN}:${process.env.JUMIO_SG_SECRET}`).toString('base64')}` },
  retry: 2,
});

// TODO(netverify-migrate): retrieval-authentication: this type describes the legacy retrieval details; transactionResult is not in the KYX workflow details (now: workflow.status + capabilities.authentication[].decision.type)
type LegacyAuthResult = { workflow: { id: string; userReference?: string }; transactionResult: string };

export default defineEventHandler(async (event) => {
  const ref = getRouterParam(event, 'ref')!;
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const result = await jumioSg<LegacyAuthResult>(`https://retrieval.apac-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${encodeURIComponent(ref)}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('apac-1')}` }, baseURL: '' });
  return { user: result.workflow.userReference ?? null };
});
