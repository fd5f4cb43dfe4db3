import axios from 'axios';
import { kyxAccessToken } from './kyx-auth.mjs';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account.mjs';

const JUMIO = {
  auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
  headers: { 'User-Agent': 'Beacon/5.0' },
};

// The spread defaults carry `auth`: axios would send it instead of a Bearer header.
export async function authenticationResult(reference) {
  // TODO(netverify-migrate): retrieval-authentication: legacy retrieval: the request options spread JUMIO, which may hold the legacy credentials or headers; migrate by hand to GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with a Bearer token
  const { data } = await axios.get(`https://netverify.com/api/netverify/v2/authentications/${reference}`, { ...JUMIO, timeout: 5000 });
  return data.transactionResult;
}

// A spread without credentials or headers is fine.
const TIMEOUTS = { timeout: 5000 };
export async function authenticationUser(reference) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.mjs (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const { data } = await axios.get(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    ...TIMEOUTS,
    headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
  });
  return data.workflow.userReference;
}
