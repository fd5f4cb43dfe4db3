// A named retrieval run for a batch under Promise.allSettled: the fulfilled outcomes' `value` is the details, read in
// a for…of over `.entries()` and in a `.filter(...).map(...)` of the outcomes.
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

// TODO(netverify-migrate): retrieval-authentication: this type describes the legacy retrieval details; transactionResult is not in the KYX workflow details (now: workflow.status + capabilities.authentication[].decision.type)
interface Details { transactionResult: string; workflow: { id: string; userReference?: string } }

async function fetchDetails(ref: string): Promise<Details> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}`, Accept: 'application/json' },
  });
  return (await res.json()) as Details;
}

export async function settle(refs: string[]) {
  const outcomes = await Promise.allSettled(refs.map((ref) => fetchDetails(ref)));
  const passed: string[] = [];
  for (const [i, outcome] of outcomes.entries()) {
    if (outcome.status === 'rejected') continue;
    // TODO(netverify-migrate): retrieval-authentication: transactionResult is not in the KYX workflow details: derive it from workflow.status + capabilities.authentication[].decision.type (CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED)
    if (outcome.value.transactionResult === 'PASSED') passed.push(`${refs[i]}:${outcome.value.workflow.userReference}`);
  }
  const ids = outcomes.filter((o) => o.status === 'fulfilled').map((o) => (o as PromiseFulfilledResult<Details>).value.workflow.id);
  return { passed, ids };
}
