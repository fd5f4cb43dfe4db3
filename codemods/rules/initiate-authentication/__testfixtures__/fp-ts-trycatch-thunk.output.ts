// fp-ts: TE.tryCatch turns a rejection of the thunk's promise into a Left, so the account lookup and token awaited in
// the thunk (made async) fail the same way the call did: no error-path item.
import * as TE from 'fp-ts/TaskEither';
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

const toError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

// TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
export const startFaceAuthentication = (enrollmentReference: string, userId: string) =>
  TE.tryCatch(
    async () => {
      const kyxAccount = await resolveKyxAccount(enrollmentReference);
      return axios
        .put(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId }, {
          headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
        })
        .then((response) => ({ url: response.data.web.href as string, reference: response.data.workflowExecution.id as string }));
    },
    toError,
  );
