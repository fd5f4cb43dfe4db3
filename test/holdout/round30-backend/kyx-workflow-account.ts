// Written by netverify-migrate's first run (March) beside kyx-auth.ts; the identity team installs the lookup at
// start-up from the table where startFaceLogin() records account.id with workflowExecution.id.
export interface KyxWorkflowAccount {
  accountId: string;
}

type KyxWorkflowAccountResolver = (workflowExecutionId: string) => Promise<KyxWorkflowAccount>;

let workflowAccountResolver: KyxWorkflowAccountResolver | undefined;

export function setKyxWorkflowAccountResolver(resolver: KyxWorkflowAccountResolver): void {
  workflowAccountResolver = resolver;
}

/** The KYX account a workflow execution belongs to. */
export async function resolveKyxWorkflowAccount(workflowExecutionId: string | null | undefined): Promise<KyxWorkflowAccount> {
  if (!workflowExecutionId) throw new Error('resolveKyxWorkflowAccount: no workflow execution id');
  if (!workflowAccountResolver) throw new Error('resolveKyxWorkflowAccount: no resolver installed (call setKyxWorkflowAccountResolver)');
  return workflowAccountResolver(workflowExecutionId);
}
