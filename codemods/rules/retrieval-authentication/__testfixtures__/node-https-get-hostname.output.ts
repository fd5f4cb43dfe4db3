// Node's https.get with the host and the path as options (hostname from a const): the KYX retrieval host goes to
// hostname, the details path to path, Node's auth option gives way to the Bearer header.
import * as https from 'https';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

const JUMIO_HOST = 'core-sgp.jumio.com';

export async function authenticationResult(reference: string, done: (err: Error | null, user?: string) => void): Promise<void> {
  // TODO(netverify-migrate): retrieval-authentication: the KYX account lookup and token are awaited before this call is made: a failure there rejects the enclosing function and never reaches the request callback: wrap the new awaits in try/catch and hand the error to it
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  https.get(
    {
      hostname: 'retrieval.apac-1.jumio.ai',
      path: `/api/v1/accounts/${accountId}/workflow-executions/${encodeURIComponent(reference)}`,
      headers: { Accept: 'application/json', 'User-Agent': 'Acme SG/2.0', Authorization: `Bearer ${await kyxAccessToken('apac-1')}` },
    },
    (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk));
      res.on('end', () => done(null, JSON.parse(body).workflow.userReference));
    },
  ).on('error', done);
}
