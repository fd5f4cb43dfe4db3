// The URL comes from a local builder given the path (`jumioUrl('/v4/initiate')`, with `function jumioUrl(path) {
// return `${JUMIO_API}${path}` }`): the parameter is read as the call's argument, so the call is proven a legacy v4
// initiate and migrated; the builder and the Basic helper only it read go (hold-out round 19, enr-fetch-url-header-helpers).
import { kyxAccessToken } from './kyx-auth';

const JUMIO_API = 'https://lon.netverify.com/api';

const jumioUrl = (path: string, base = JUMIO_API): string => `${base}${path}`;

function basicAuth(): string {
  return 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');
}

export async function startKyc(customerId: string): Promise<string> {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const response = await fetch('https://account.emea-1.jumio.ai/api/v1/accounts', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    body: JSON.stringify({ customerInternalReference: customerId, workflowDefinition: { key: 2 } }),
  });
  const result = (await response.json()) as { web: { href: string } };
  return result.web.href;
}

// Another path through the same builder is not an initiate: left alone.
export async function listScans(): Promise<unknown> {
  return (await fetch(jumioUrl('/netverify/v2/scans'), { headers: { Authorization: basicAuth() } })).json();
}
