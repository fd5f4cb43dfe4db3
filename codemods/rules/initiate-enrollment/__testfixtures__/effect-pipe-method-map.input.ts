// Effect: `Effect.tryPromise({ try, catch }).pipe(Effect.map((session) => …))`: the map's callback gets the response.
import { Effect } from 'effect';
import got from 'got';

export const createKycLink = (customerId: string) =>
  Effect.tryPromise({
    try: () =>
      got
        .post('https://netverify.com/api/v4/initiate', {
          json: { customerInternalReference: customerId, userReference: customerId, workflowId: 200 },
          username: process.env.JUMIO_API_TOKEN,
          password: process.env.JUMIO_API_SECRET,
        })
        .json<{ redirectUrl: string; transactionReference: string }>(),
    catch: (cause) => new Error(`jumio: ${String(cause)}`),
  }).pipe(Effect.map((session) => ({ link: session.redirectUrl, scanReference: session.transactionReference })));
