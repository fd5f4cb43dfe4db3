// Effect: the face login as an Effect.gen program, fetch wrapped in Effect.tryPromise (EU).
import { Effect } from 'effect';

class JumioFailure {
  readonly _tag = 'JumioFailure';
  constructor(readonly cause: unknown) {}
}

const JUMIO = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

export const startFaceLogin = (enrollmentReference: string, userId: string) =>
  Effect.gen(function* () {
    const res = yield* Effect.tryPromise({
      try: () =>
        fetch(JUMIO, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`,
          },
          body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, userReference: userId }),
        }),
      catch: (e) => new JumioFailure(e),
    });
    const body = (yield* Effect.tryPromise({ try: () => res.json(), catch: (e) => new JumioFailure(e) })) as {
      redirectUrl: string;
      transactionReference: string;
    };
    return { url: body.redirectUrl, reference: body.transactionReference };
  });
