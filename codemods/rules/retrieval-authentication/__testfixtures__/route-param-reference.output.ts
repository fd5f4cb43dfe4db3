// The reference comes from the route path into a const that only the legacy URL read: it still feeds the KYX URL.
import { Hono } from 'hono';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

const app = new Hono();

app.get('/auth-status/:ref', async (c) => {
  const ref = c.req.param('ref');
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  const details = await res.json();
  return c.json({ user: details.workflow.userReference });
});

export default app;
