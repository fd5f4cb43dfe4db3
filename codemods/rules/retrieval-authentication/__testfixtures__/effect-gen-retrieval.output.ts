// Effect.gen: `yield* Effect.tryPromise({ try: () => fetch(…) })` evaluates to the response, a second tryPromise over
// `res.json()` to the details: the reads and the cast after them are the details'.
import { Effect } from 'effect';
import { kyxAccessToken } from './kyx-auth';
import { resolveKyxWorkflowAccount } from './kyx-workflow-account';

export const faceLoginResult = (reference: string) =>
  Effect.gen(function* () {
    const res = yield* Effect.tryPromise({
      try: async () =>
        // TODO(netverify-migrate): retrieval-authentication: implement resolveKyxWorkflowAccount() in kyx-workflow-account.ts (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and create the KYX OAuth2 client pair the helper reads
        fetch(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${(await resolveKyxWorkflowAccount(reference)).accountId}/workflow-executions/${reference}`, {
          headers: { Accept: 'application/json', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
        }),
      catch: (e) => new Error(String(e)),
    });
    const details = (yield* Effect.tryPromise(() => res.json())) as { workflow: { id: string; userReference?: string } };
    return { reference: details.workflow.id, user: details.workflow.userReference };
  });
