// A valibot schema of the file validates the legacy retrieval details (v.parse(Schema, await res.json())), read like a
// zod one: its exact keys move under workflow (v.object({ id, userReference })), transactionResult is flagged (KYX
// details do not have it), the reads move (hold-out round 18, ret-valibot-parse-details). A schema built with an
// `object` imported by name is rewritten with it.
import * as v from 'valibot';
import { object, parseAsync, string } from 'valibot';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

// TODO(netverify-migrate): retrieval-authentication: this valibot schema describes the legacy retrieval details, and parsing a KYX response fails while it requires transactionResult: remove it (or make it optional) and read transactionResult from workflow.status + capabilities.authentication[].decision.type
const AuthenticationDetails = v.object({
  workflow: v.object({ id: v.string(), userReference: v.optional(v.string()) }),
  transactionResult: v.picklist(['CREATED', 'STARTED', 'PASSED', 'FAILED', 'INVALID', 'EXPIRED']),
});

const ResultOnly = object({
  workflow: object({ id: string(), userReference: string() }),
});

export async function faceLoginPassed(ref: string): Promise<boolean> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  const details = v.parse(AuthenticationDetails, await res.json());
  console.log('checked', details.workflow.id);
  // TODO(netverify-migrate): retrieval-authentication: transactionResult is not in the KYX workflow details: derive it from workflow.status + capabilities.authentication[].decision.type (CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED)
  return details.transactionResult === 'PASSED';
}

export async function faceLoginUser(ref: string): Promise<string> {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  const res = await fetch(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  const details = await parseAsync(ResultOnly, await res.json());
  return details.workflow.userReference;
}
