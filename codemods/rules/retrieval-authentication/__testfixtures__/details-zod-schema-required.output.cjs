// A zod schema of the details, with zod required (CommonJS): the schema and the reads of what it parses move like an
// imported zod's (the details "left whole" at the parse before).
const { z } = require('zod');
const { kyxAccessToken } = require('./kyx-auth.cjs');
const { resolveKyxWorkflowAccount } = require('./kyx-workflow-account.cjs');

const Details = z.object({
  workflow: z.object({ id: z.string().uuid(), userReference: z.string().optional() }),
});

async function lookup(ref) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.cjs (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  const details = Details.parse(await res.json());
  return { ref: details.workflow.id, user: details.workflow.userReference };
}

module.exports = { lookup };
