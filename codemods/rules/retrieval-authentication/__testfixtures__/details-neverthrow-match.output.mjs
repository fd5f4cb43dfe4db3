// neverthrow: the retrieval's details are handed to .match's first callback.
import { request } from 'undici';
import { ResultAsync } from 'neverthrow';
import { kyxAccessToken } from './kyx-auth.mjs';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account.mjs';

export async function decide(ref) {
  // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.mjs (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
  const { accountId } = await resolveKyxWorkflowAccount(ref);
  return ResultAsync.fromPromise(
    // TODO(netverify-migrate): retrieval-authentication: the KYX account lookup and token are awaited before this call is made: a failure there rejects the enclosing function and never reaches the Err of neverthrow's fromPromise(): wrap the new awaits in try/catch and hand the error to it
    request(`https://retrieval.amer-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`, {
      headers: { accept: 'application/json', authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    }).then(({ body }) => body.json()),
    (error) => String(error),
  ).match(
    // TODO(netverify-migrate): retrieval-authentication: transactionResult is not in the KYX workflow details: derive it from workflow.status + capabilities.authentication[].decision.type (CREATED → workflow.status INITIATED; STARTED → workflow.status INITIATED, or ACQUIRED once the capture is submitted; PASSED → workflow.status PROCESSED and capabilities.authentication[].decision.type PASSED; FAILED → workflow.status PROCESSED and capabilities.authentication[].decision.type REJECTED; INVALID → not stated: authentication decision NOT_EXECUTED or usability REJECTED; EXPIRED → workflow.status SESSION_EXPIRED or TOKEN_EXPIRED)
    (details) => ({ passed: details.transactionResult === 'PASSED', reference: details.workflow.id }),
    (failure) => ({ passed: false, failure }),
  );
}
