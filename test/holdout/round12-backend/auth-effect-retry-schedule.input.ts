// Effect: Effect.tryPromise around fetch, piped through Effect.retry with a Schedule and Effect.map on the body (EU).
import { Effect, Schedule } from 'effect';

class JumioError {
  readonly _tag = 'JumioError';
  constructor(readonly cause: unknown) {}
}

const basic = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export const startFaceLogin = (enrollment: string, userId: string) =>
  Effect.tryPromise({
    try: async () => {
      const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
        method: 'POST',
        headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/json', 'User-Agent': 'Acme Fund/1.0' },
        body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId }),
      });
      const body = (await res.json()) as { redirectUrl: string; transactionReference: string };
      return { url: body.redirectUrl, reference: body.transactionReference };
    },
    catch: (e) => new JumioError(e),
  }).pipe(Effect.retry(Schedule.recurs(2)));
