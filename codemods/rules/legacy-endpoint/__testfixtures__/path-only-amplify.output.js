import { API } from 'aws-amplify';
import request from './web-request';

// The base URLs live elsewhere (aws-exports.js, a config module): only the legacy paths are spelled here.
export async function startFaceAuth(enrollmentReference) {
  // TODO(netverify-migrate): legacy-endpoint: legacy Jumio initiate path /api/authentication/v1/web/initiate, its host set elsewhere (a client base URL, an API name, a config value): a call that sends it to a legacy Jumio host must move to the KYX account API (account.<region>.jumio.ai, OAuth2 bearer token; see MIGRATION.md); a route of your own on this path (a proxy, a test mock, the netverify-migrate shim) can stay
  const res = await API.post('netverifyApi', '/api/authentication/v1/web/initiate', {
    body: { enrollmentTransactionReference: enrollmentReference },
  });
  return res.redirectUrl;
}

export async function faceAuthResult(reference) {
  // TODO(netverify-migrate): legacy-endpoint: legacy Jumio authentication retrieval path api/netverify/v2/authentications/{…}, its host set elsewhere (a client base URL, an API name, a config value): a call that sends it to a legacy Jumio host must move to GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} (see MIGRATION.md); a route of your own on this path (a proxy, a test mock, the netverify-migrate shim) can stay
  return request.json(`api/netverify/v2/authentications/${reference}?verbose=true`, { baseUrl: process.env.JUMIO_BASE });
}
