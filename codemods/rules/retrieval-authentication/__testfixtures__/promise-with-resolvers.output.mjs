// node:https.get settled through Promise.withResolvers() (ES2024): what resolve() is given flows out of `await promise`.
import https from 'node:https';
import { kyxAccessToken } from './kyx-auth.mjs';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account.mjs';

export async function faceLoginOwner(reference) {
  const { promise, resolve, reject } = Promise.withResolvers();
  // TODO(netverify-migrate): retrieval-authentication: the KYX account lookup and token are awaited before this call is made: a failure there rejects the enclosing function and never reaches the request callback: wrap the new awaits in try/catch and hand the error to it
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.mjs (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  https
    .get(
      `https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`,
      { headers: { Accept: 'application/json', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } },
      (res) => {
        let raw = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (raw += chunk));
        res.on('end', () => resolve(JSON.parse(raw)));
      },
    )
    .on('error', reject);
  const details = await promise;
  return { user: details.workflow.userReference, reference: details.workflow.id };
}
