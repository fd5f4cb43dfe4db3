// A private method returns the details; its declared return type (Promise<Details>) moves to the KYX shape with
// the caller's reads.
import axios from 'axios';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

interface Details {
  workflow: { id: string; userReference?: string };
}

export class Results {
  private async fetchDetails(ref: string): Promise<Details> {
    // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
    const { accountId } = await resolveKyxWorkflowAccount(ref);
    return axios
      .get(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } })
      .then((r) => r.data);
  }

  async user(ref: string): Promise<string | undefined> {
    const d = await this.fetchDetails(ref);
    return d.workflow.userReference;
  }
}
