// A zod schema parses the details and the result is destructured: the exact keys move under workflow in the schema
// and in the pattern; scanSource, which KYX does not return, is flagged in both.
import { z } from 'zod';
import axios from 'axios';
import { kyxAccessToken } from './kyx-auth.mjs';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account.mjs';

// TODO(netverify-migrate): retrieval-authentication: this zod schema describes the legacy retrieval details, and parsing a KYX response fails while it requires scanSource: remove it (or make it optional) and read scanSource from not stated anywhere in the KYX API
const Details = z.object({
  workflow: z.object({ id: z.string(), userReference: z.string() }),
  scanSource: z.string(),
});

export async function whoAuthenticated(reference) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.mjs (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const res = await axios.get(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
  });
  // TODO(netverify-migrate): retrieval-authentication: scanSource is not in the KYX workflow details (lost): not stated anywhere in the KYX API
  const { workflow: { id: transactionReference, userReference }, scanSource } = Details.parse(res.data);
  return { transactionReference, userReference, scanSource };
}
