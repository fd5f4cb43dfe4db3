// msw request handlers standing in for the legacy API get the test-mock message (like nock), with the KYX hosts.
import { http, HttpResponse } from 'msw';

export const handlers = [
  // TODO(netverify-migrate): legacy-endpoint: test mock of the legacy Jumio API lon.netverify.com/api/authentication/v1/web/initiate: the migrated code calls KYX instead (token: auth.emea-1.jumio.ai/oauth2/token; initiate: account.emea-1.jumio.ai; retrieval: retrieval.emea-1.jumio.ai): mock those hosts with KYX-shaped responses, or remove the mock (see MIGRATION.md)
  http.post('https://lon.netverify.com/api/authentication/v1/web/initiate', () => HttpResponse.json({ transactionReference: 'r' })),
];

// Not an msw handler: an app's own http helper object is ordinary code.
export const http2 = { post: (url: string) => url };
// TODO(netverify-migrate): legacy-endpoint: legacy Jumio initiate endpoint lon.netverify.com/api/v4/initiate was not migrated automatically (no call using it was proven here): move it to the KYX account API on account.emea-1.jumio.ai with an OAuth2 bearer token (see MIGRATION.md)
http2.post('https://lon.netverify.com/api/v4/initiate');
