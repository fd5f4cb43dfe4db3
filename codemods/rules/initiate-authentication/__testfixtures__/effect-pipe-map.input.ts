// Effect: `pipe(Effect.tryPromise(() => call), Effect.map((body) => …))` hands the response to the map's callback,
// and Effect.tryPromise turns a rejection of the thunk (the account lookup too) into a failure of the effect.
import { Effect, pipe } from 'effect';

export const startFaceLogin = (enrollment: string, userId: string) =>
  pipe(
    Effect.tryPromise(() =>
      fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
        method: 'POST',
        headers: { Authorization: `Basic ${process.env.JUMIO_BASIC}` },
        body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId }),
      }).then((r) => r.json() as Promise<{ redirectUrl: string; transactionReference: string }>),
    ),
    Effect.map((body) => ({ url: body.redirectUrl, reference: body.transactionReference })),
  );
