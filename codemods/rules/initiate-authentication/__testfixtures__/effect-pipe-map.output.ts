// Effect: `pipe(Effect.tryPromise(() => call), Effect.map((body) => …))` hands the response to the map's callback,
// and Effect.tryPromise turns a rejection of the thunk (the account lookup too) into a failure of the effect.
import { Effect, pipe } from 'effect';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

// TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
export const startFaceLogin = (enrollment: string, userId: string) =>
  pipe(
    Effect.tryPromise(async () => {
      const kyxAccount = await resolveKyxAccount(enrollment);
      return fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
        body: JSON.stringify({ customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId }),
      }).then((r) => r.json() as Promise<{ web: { href: string }; workflowExecution: { id: string } }>);
    },
    ),
    Effect.map((body) => ({ url: body.web.href, reference: body.workflowExecution.id })),
  );
