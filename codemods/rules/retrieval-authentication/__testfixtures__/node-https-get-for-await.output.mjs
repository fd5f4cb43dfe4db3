// Node's https.get whose response is read as an async iterable (`for await (const chunk of res) text += chunk`), in
// an async function that awaits the promise: migrated like a 'data' listener's chunks.
import https from 'node:https';
import { kyxAccessToken } from './kyx-auth.mjs';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account.mjs';

export async function faceLoginUser(reference) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.mjs (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const kyxToken = await kyxAccessToken('emea-1');
  const details = await new Promise((resolve, reject) => {
    https.get(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
      headers: { Accept: 'application/json', Authorization: `Bearer ${kyxToken}` },
    }, async (res) => {
      let text = '';
      for await (const chunk of res) text += chunk;
      resolve(JSON.parse(text));
    }).on('error', reject);
  });
  return details.workflow.userReference;
}
