// Effect: `Effect.tryPromise({ try, catch }).pipe(Effect.map((session) => …))`: the map's callback gets the response.
import { Effect } from 'effect';
import got from 'got';
import { kyxAccessToken } from './kyx-auth';

// TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
export const createKycLink = (customerId: string) =>
  Effect.tryPromise({
    try: async () =>
      got
        .post('https://account.amer-1.jumio.ai/api/v1/accounts', {
          json: { customerInternalReference: customerId, userReference: customerId, workflowDefinition: { key: 3 } },
          headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
        })
        .json<{ web: { href: string }; workflowExecution: { id: string } }>(),
    catch: (cause) => new Error(`jumio: ${String(cause)}`),
  }).pipe(Effect.map((session) => ({ link: session.web.href, scanReference: session.workflowExecution.id })));
