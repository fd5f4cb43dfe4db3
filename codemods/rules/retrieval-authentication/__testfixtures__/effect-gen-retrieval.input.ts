// Effect.gen: `yield* Effect.tryPromise({ try: () => fetch(…) })` evaluates to the response, a second tryPromise over
// `res.json()` to the details: the reads and the cast after them are the details'.
import { Effect } from 'effect';

export const faceLoginResult = (reference: string) =>
  Effect.gen(function* () {
    const res = yield* Effect.tryPromise({
      try: () =>
        fetch(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
          headers: { Accept: 'application/json', Authorization: `Basic ${process.env.JUMIO_BASIC}` },
        }),
      catch: (e) => new Error(String(e)),
    });
    const details = (yield* Effect.tryPromise(() => res.json())) as { transactionReference: string; userReference?: string };
    return { reference: details.transactionReference, user: details.userReference };
  });
