import { Effect } from 'effect';

class JumioError {
  readonly _tag = 'JumioError';
  constructor(readonly cause: unknown) {}
}

const authHeader = `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`;

export const faceAuthStatus = (reference: string) =>
  Effect.tryPromise({
    try: async () => {
      const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
        headers: { Authorization: authHeader },
      });
      const details = (await res.json()) as { transactionResult: string; userReference?: string };
      return { result: details.transactionResult, user: details.userReference };
    },
    catch: (cause) => new JumioError(cause),
  });
