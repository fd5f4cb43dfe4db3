// The retrieval goes out with the company's private CA in its own agent: the KYX token request of the helper uses the
// global fetch, which does not take it (an item).
import axios from 'axios';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import { kyxAccessToken } from './kyx-auth.mjs';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account.mjs';

const tlsAgent = new https.Agent({ ca: readFileSync('/etc/ssl/company-root.pem') });

export async function faceLoginResult(reference) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.mjs (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  // TODO(netverify-migrate): retrieval-authentication: this call goes out through its own transport (httpsAgent), kept as written: the KYX token request in kyx-auth.mjs (kyxAccessToken) uses the global fetch, which takes none of it — behind an egress proxy or a private CA give it the same route (undici's setGlobalDispatcher with a ProxyAgent or EnvHttpProxyAgent, NODE_EXTRA_CA_CERTS), and let the proxy's allow list and NO_PROXY admit the KYX hosts
  const { accountId } = await resolveKyxWorkflowAccount(reference);
  const { data } = await axios.get(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${reference}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    httpsAgent: tlsAgent,
  });
  // TODO(netverify-migrate): retrieval-authentication: transactionResult is not in the KYX workflow details: derive it from workflow.status + capabilities.authentication[].decision.type (CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED)
  return data.transactionResult;
}
