// The retrieval details handed to members of classes of this file: a value object's constructor that copies fields,
// and a repository's private mapper. Each is called once, so their reads move with the details type.
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

// TODO(netverify-migrate): retrieval-authentication: this type describes the legacy retrieval details; transactionResult is not in the KYX workflow details (now: workflow.status + capabilities.authentication[].decision.type)
interface AuthenticationDetails {
  workflow: { id: string; userReference?: string };
  transactionResult: string;
}

class Outcome {
  readonly reference: string;
  readonly user: string | null;

  constructor(details: AuthenticationDetails) {
    this.reference = details.workflow.id;
    this.user = details.workflow.userReference ?? null;
  }
}

export class OutcomeRepository {
  async find(reference: string) {
    // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
    const { accountId } = await resolveKyxWorkflowAccount(reference);
    const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
      headers: { Accept: 'application/json', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    });
    const details = (await res.json()) as AuthenticationDetails;
    return { outcome: new Outcome(details), audit: this.toAudit(details) };
  }

  private toAudit(details: AuthenticationDetails) {
    return { reference: details.workflow.id, user: details.workflow.userReference };
  }
}
