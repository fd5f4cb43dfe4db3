// Persona inquiries through Effect's HttpClient (another vendor, same program shape as the face login).
import { Effect } from 'effect';
import { HttpClient, HttpClientRequest, HttpClientResponse } from '@effect/platform';

export const createInquiry = (userId: string) =>
  Effect.gen(function* () {
    const client = yield* HttpClient.HttpClient;
    const request = yield* HttpClientRequest.post('https://withpersona.com/api/v1/inquiries').pipe(
      HttpClientRequest.bearerToken(process.env.PERSONA_API_KEY ?? ''),
      HttpClientRequest.bodyJson({ data: { attributes: { 'inquiry-template-id': 'itmpl_face', 'reference-id': userId, 'redirect-uri': 'https://acme.example/kyc/done' } } }),
    );
    const response = yield* client.execute(request);
    const body = (yield* HttpClientResponse.filterStatusOk(response).json) as { data: { id: string } };
    return { redirectUrl: `https://withpersona.com/verify?inquiry-id=${body.data.id}`, transactionReference: body.data.id };
  });
