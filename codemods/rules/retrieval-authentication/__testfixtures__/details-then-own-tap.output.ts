// The file's own tap(effect) handed to .then: the effect sees the details, the chain keeps them.
import axios from 'axios';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

declare function audit(event: string, reference: string): Promise<void>;

interface Details {
  workflow: { id: string; userReference?: string };
}

const tap =
  <T>(effect: (value: T) => unknown) =>
  async (value: T): Promise<T> => {
    await effect(value);
    return value;
  };

export async function ownerOf(ref: string): Promise<string | undefined> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const details = await axios
    .get<Details>(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } })
    .then(({ data }) => data)
    .then(tap<Details>((d) => audit('read', d.workflow.id)));
  return details.workflow.userReference;
}
