// fp-ts: TE.tryCatch turns a rejection of the thunk's promise into a Left, so the account lookup and token awaited in
// the thunk (made async) fail the same way the call did: no error-path item.
import * as TE from 'fp-ts/TaskEither';
import axios from 'axios';

const toError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

export const startFaceAuthentication = (enrollmentReference: string, userId: string) =>
  TE.tryCatch(
    () =>
      axios
        .post('https://lon.netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: enrollmentReference, userReference: userId }, {
          auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' },
        })
        .then((response) => ({ url: response.data.redirectUrl as string, reference: response.data.transactionReference as string })),
    toError,
  );
