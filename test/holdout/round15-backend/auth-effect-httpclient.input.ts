// Effect-TS with @effect/platform's HttpClient (EU): the face login as an Effect program run by the API layer.
import { Effect } from 'effect';
import { HttpClient, HttpClientRequest, HttpClientResponse } from '@effect/platform';

const JUMIO_TOKEN = process.env.JUMIO_API_TOKEN ?? '';
const JUMIO_SECRET = process.env.JUMIO_API_SECRET ?? '';

export const startFaceLogin = (enrollment: string, userId: string) =>
  Effect.gen(function* () {
    const client = yield* HttpClient.HttpClient;
    const request = yield* HttpClientRequest.post('https://lon.netverify.com/api/authentication/v1/web/initiate').pipe(
      HttpClientRequest.basicAuth(JUMIO_TOKEN, JUMIO_SECRET),
      HttpClientRequest.setHeader('User-Agent', 'Acme Effect/1.0'),
      HttpClientRequest.bodyJson({ enrollmentTransactionReference: enrollment, userReference: userId, locale: 'en-GB' }),
    );
    const response = yield* client.execute(request);
    const body = (yield* HttpClientResponse.filterStatusOk(response).json) as { redirectUrl: string; transactionReference: string };
    return { url: body.redirectUrl, reference: body.transactionReference };
  });
