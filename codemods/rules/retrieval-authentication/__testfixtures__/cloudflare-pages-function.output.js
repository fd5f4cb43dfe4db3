// A Cloudflare Pages Function: migrated, with an item about the helper's process.env / Buffer (nodejs_compat).
import { kyxAccessToken } from './kyx-auth.mjs';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account.mjs';

export async function onRequestGet({ params, env }) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.mjs (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  // TODO(netverify-migrate): retrieval-authentication: this runs on Cloudflare Workers: kyx-auth.mjs reads KYX_CLIENT_ID / KYX_CLIENT_SECRET from process.env and uses Buffer — enable the nodejs_compat compatibility flag (process.env holds the vars and secrets from compatibility date 2025-04-01) and set both as secrets, or pass them from env by hand
  const { accountId } = await resolveKyxWorkflowAccount(params.ref);
  const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${params.ref}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  const details = await res.json();
  return Response.json({ user: details.workflow.userReference });
}
