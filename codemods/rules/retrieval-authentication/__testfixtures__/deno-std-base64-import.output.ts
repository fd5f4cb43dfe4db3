// Deno: the Basic header built with encoders of Deno's standard library. Once the header is gone, the consts that built
// it and the imports only they read go (Deno's std modules only declare things); an import, or a name of it, still read stays.
import { decodeBase64 } from 'jsr:@std/encoding/base64';
import { encodeHex } from 'jsr:@std/encoding/hex';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

const trace = encodeHex('x');

export async function faceLoginUser(reference: string): Promise<string | undefined> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  // TODO(netverify-migrate): retrieval-authentication: this runs on Deno: kyx-auth.ts uses Buffer, which Deno has only from node:buffer — add import { Buffer } from 'node:buffer' to it (process.env needs --allow-env), and import it by its exact file name (Deno does not map a .js specifier to a .ts file)
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const res = await fetch(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}`, 'X-Trace': trace },
  });
  const details: { workflow: { userReference?: string } } = await res.json();
  return details.workflow.userReference ?? new TextDecoder().decode(decodeBase64(''));
}
