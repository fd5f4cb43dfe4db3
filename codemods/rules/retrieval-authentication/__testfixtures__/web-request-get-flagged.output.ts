import { get } from 'web-request';

export async function authenticationUser(reference: string): Promise<string> {
  // TODO(netverify-migrate): retrieval-authentication: legacy retrieval: web-request's get(uri, options) resolves to a Response whose body is read on .content, which the codemod does not follow: send the call with request.json<T>(uri, { method, headers, body }) instead (it resolves to the parsed body, which the codemod migrates), or move it to KYX by hand (see MIGRATION.md); migrate by hand to GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with a Bearer token
  const result = await get(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
    auth: { user: process.env.JUMIO_TOKEN!, pass: process.env.JUMIO_SECRET! },
  });
  return JSON.parse(result.content).userReference;
}
