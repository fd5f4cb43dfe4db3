// Effect.gen: `yield* Effect.tryPromise({ try: () => fetch(…) })` evaluates to the response, and a second tryPromise
// over `res.json()` to the body: the reads and the cast after them are the response's.
import { Effect } from 'effect';

class JumioFailure {
  readonly _tag = 'JumioFailure';
  constructor(readonly cause: unknown) {}
}

export const startFaceLogin = (enrollmentReference: string, userId: string) =>
  Effect.gen(function* () {
    const res = yield* Effect.tryPromise({
      try: () =>
        fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Basic ${process.env.JUMIO_BASIC}` },
          body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, userReference: userId }),
        }),
      catch: (e) => new JumioFailure(e),
    });
    const body = (yield* Effect.tryPromise(() => res.json())) as { redirectUrl: string; transactionReference: string };
    return { url: body.redirectUrl, reference: body.transactionReference };
  });
