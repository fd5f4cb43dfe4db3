import { http, HttpResponse } from 'msw';

// Test doubles for the Jumio endpoints our face-login service calls.
export const jumioHandlers = [
  http.post('https://netverify.com/api/authentication/v1/web/initiate', async () =>
    HttpResponse.json({
      timestamp: '2021-05-04T09:00:00.000Z',
      redirectUrl: 'https://acme.netverify.com/web/v4/app?authorizationToken=test',
      transactionReference: '7f0c9a2e-1b1a-4d8e-9a7f-000000000000',
    }),
  ),
  http.get('https://netverify.com/api/netverify/v2/authentications/:ref', ({ params }) =>
    HttpResponse.json({ transactionReference: params.ref, transactionResult: 'PASSED' }),
  ),
];
