// Effect-TS program: one step of the re-verification pipeline.
import { Effect, Data } from 'effect';

class JumioError extends Data.TaggedError('JumioError')<{ cause: unknown }> {}

const JUMIO_INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';
const BASIC = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export const startAuthentication = (userId: string, enrollmentReference: string) =>
  Effect.tryPromise({
    try: async () => {
      const res = await fetch(JUMIO_INITIATE, {
        method: 'POST',
        headers: { Authorization: BASIC, 'Content-Type': 'application/json', 'User-Agent': 'Margie Travel/1.0' },
        body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, userReference: userId }),
      });
      const body = await res.json();
      return { url: body.redirectUrl as string, reference: body.transactionReference as string };
    },
    catch: (cause) => new JumioError({ cause }),
  }).pipe(Effect.tap((s) => Effect.log(`authentication ${s.reference} started for ${userId}`)));
