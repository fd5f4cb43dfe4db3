import { getKyxAccessToken, resolveKyxWorkflowAccount } from './kyx-auth.mjs';
export function lookup(reference, basic) {
  // TODO(netverify-migrate): retrieval-authentication: legacy retrieval outside an async function: the KYX call needs a bearer token and the account id first; migrate by hand to GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with a Bearer token
  return fetch('https://netverify.com/api/netverify/v2/authentications/' + reference, {
    headers: { Authorization: 'Basic ' + basic },
  })
    .then((r) => r.json())
    .then((d) => d.transactionReference);
}

export const lookupAsync = async (reference, basic) =>
  fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${(await resolveKyxWorkflowAccount(reference)).accountId}/workflow-executions/${reference}`, { headers: { Authorization: `Bearer ${await getKyxAccessToken('amer-1')}` } })
    .then((r) => r.json())
    .then(({ workflow: { id: transactionReference, userReference } }) => ({ transactionReference, userReference }));
