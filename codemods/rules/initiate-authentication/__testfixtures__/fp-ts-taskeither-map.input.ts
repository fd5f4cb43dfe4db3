// fp-ts: TE.map right after TE.tryCatch in pipe receives the response the thunk resolves to: its reads move.
import * as TE from 'fp-ts/TaskEither';
import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import axios from 'axios';

type LegacyInitiate = { timestamp: string; redirectUrl: string; transactionReference: string };

const toError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

export const initiateFaceAuthentication = (enrollmentReference: string, userId: string) =>
  pipe(
    TE.tryCatch(
      () =>
        axios.post<LegacyInitiate>(
          'https://lon.netverify.com/api/authentication/v1/web/initiate',
          { enrollmentTransactionReference: enrollmentReference, userReference: userId },
          { auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' } },
        ),
      toError,
    ),
    TE.map((response) => ({ url: response.data.redirectUrl, reference: response.data.transactionReference })),
  );

export async function run(enrollmentReference: string, userId: string) {
  const result = await initiateFaceAuthentication(enrollmentReference, userId)();
  return E.isRight(result) ? result.right : null;
}
