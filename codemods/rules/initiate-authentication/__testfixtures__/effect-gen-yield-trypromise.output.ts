// Effect.gen: `yield* Effect.tryPromise({ try: () => fetch(…) })` evaluates to the response, and a second tryPromise
// over `res.json()` to the body: the reads and the cast after them are the response's.
import { Effect } from 'effect';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

class JumioFailure {
  readonly _tag = 'JumioFailure';
  constructor(readonly cause: unknown) {}
}

export const startFaceLogin = (enrollmentReference: string, userId: string) =>
  Effect.gen(function* () {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const res = yield* Effect.tryPromise({
      try: async () => {
        const kyxAccount = await resolveKyxAccount(enrollmentReference);
        return fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
          body: JSON.stringify({ customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId }),
        });
      },
      catch: (e) => new JumioFailure(e),
    });
    const body = (yield* Effect.tryPromise(() => res.json())) as { web: { href: string }; workflowExecution: { id: string } };
    return { url: body.web.href, reference: body.workflowExecution.id };
  });
