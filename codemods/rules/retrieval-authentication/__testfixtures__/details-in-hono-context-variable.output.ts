// The retrieval details set as a Hono context variable by a middleware; the handler reads them with c.get(): those
// reads move.
import { Hono } from 'hono';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

// TODO(netverify-migrate): retrieval-authentication: this type describes the legacy retrieval details; transactionResult is not in the KYX workflow details (now: workflow.status + capabilities.authentication[].decision.type)
interface Details { transactionResult: string; workflow: { id: string; userReference?: string } }

export const app = new Hono<{ Variables: { faceLogin: Details } }>();

app.use('/payouts/:ref/*', async (c, next) => {
  const ref = c.req.param('ref');
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}`, Accept: 'application/json' },
  });
  // TODO(netverify-migrate): retrieval-authentication: the retrieval details leave here whole and now have the KYX shape: transactionReference → workflow.id, userReference → workflow.userReference; transactionResult, transactionDate, scanSource, enrollmentTransactionReference, images and livenessImages are gone (see MIGRATION.md, retrieval-authentication); check every reader downstream
  c.set('faceLogin', (await res.json()) as Details);
  await next();
});

app.post('/payouts/:ref/release', (c) => {
  const details = c.get('faceLogin');
  // TODO(netverify-migrate): retrieval-authentication: transactionResult is not in the KYX workflow details: derive it from workflow.status + capabilities.authentication[].decision.type (CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED)
  if (details.transactionResult !== 'PASSED') return c.json({ released: false }, 409);
  return c.json({ released: true, user: details.workflow.userReference, ref: details.workflow.id });
});
