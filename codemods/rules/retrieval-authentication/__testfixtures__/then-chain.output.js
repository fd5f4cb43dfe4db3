import { kyxAccessToken } from './kyx-auth.mjs';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account.mjs';
export async function lookup(reference, basic) {
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  return fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  })
    .then((r) => r.json())
    .then((d) => d.workflow.id);
}

export const lookupAsync = async (reference, basic) =>
  fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${(await resolveKyxWorkflowAccount(reference)).accountId}/workflow-executions/${reference}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } })
    .then((r) => r.json())
    .then(({ workflow: { id: transactionReference, userReference } }) => ({ transactionReference, userReference }));
