import { z } from 'zod';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

// TODO(netverify-migrate): retrieval-authentication: this zod schema describes the legacy retrieval details, and parsing a KYX response fails while it requires transactionResult: remove it (or make it optional) and read transactionResult from workflow.status + capabilities.authentication[].decision.type
const AuthenticationDetails = z.object({
  timestamp: z.string(),
  workflow: z.object({ id: z.string(), userReference: z.string().optional() }),
  transactionResult: z.enum(['CREATED', 'STARTED', 'PASSED', 'FAILED', 'INVALID', 'EXPIRED']),
});

export async function loadAuthentication(reference: string) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}`, Accept: 'application/json' },
  });
  const parsed = AuthenticationDetails.safeParse(await res.json());
  if (!parsed.success) throw new Error(`unexpected Jumio payload: ${parsed.error.message}`);
  // TODO(netverify-migrate): retrieval-authentication: transactionResult is not in the KYX workflow details: derive it from workflow.status + capabilities.authentication[].decision.type (CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED)
  return { ref: parsed.data.workflow.id, ok: parsed.data.transactionResult === 'PASSED' };
}
