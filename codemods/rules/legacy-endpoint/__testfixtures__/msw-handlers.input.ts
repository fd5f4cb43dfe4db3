// msw request handlers standing in for the legacy API get the test-mock message (like nock), with the KYX hosts.
import { http, HttpResponse } from 'msw';

export const handlers = [
  http.post('https://lon.netverify.com/api/authentication/v1/web/initiate', () => HttpResponse.json({ transactionReference: 'r' })),
];

// Not an msw handler: an app's own http helper object is ordinary code.
export const http2 = { post: (url: string) => url };
http2.post('https://lon.netverify.com/api/v4/initiate');
