// fp-ts: TE.map right after TE.tryCatch in pipe receives the response the thunk resolves to: its reads move.
import * as TE from 'fp-ts/TaskEither';
import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

type LegacyInitiate = { timestamp: string; web: { href: string }; workflowExecution: { id: string } };

const toError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

// TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
export const initiateFaceAuthentication = (enrollmentReference: string, userId: string) =>
  pipe(
    TE.tryCatch(
      async () => {
        const kyxAccount = await resolveKyxAccount(enrollmentReference);
        return axios.put<LegacyInitiate>(
          `https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
          { customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId },
          { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } },
        );
      },
      toError,
    ),
    TE.map((response) => ({ url: response.data.web.href, reference: response.data.workflowExecution.id })),
  );

export async function run(enrollmentReference: string, userId: string) {
  const result = await initiateFaceAuthentication(enrollmentReference, userId)();
  return E.isRight(result) ? result.right : null;
}
