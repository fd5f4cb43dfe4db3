import axios from 'axios';
import { z } from 'zod';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

// The inferred type is named like the schema (round 45): its name and the annotation are types, not reads of it.
// TODO(netverify-migrate): retrieval-authentication: this zod schema describes the legacy retrieval details, and parsing a KYX response fails while it requires transactionResult: remove it (or make it optional) and read transactionResult from workflow.status + capabilities.authentication[].decision.type
const AuthenticationDetails = z.object({
  workflow: z.object({ id: z.string(), userReference: z.string().optional() }),
  transactionResult: z.string(),
});
type AuthenticationDetails = z.infer<typeof AuthenticationDetails>;

export async function decision(reference: string): Promise<string | undefined> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const { data } = await axios.get<unknown>(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  const details: AuthenticationDetails = AuthenticationDetails.parse(data);
  return details.workflow.userReference ?? details.workflow.id;
}
