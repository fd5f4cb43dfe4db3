// The URL comes from a local builder given the path (`jumioUrl('/v4/initiate')`, with `function jumioUrl(path) {
// return `${JUMIO_API}${path}` }`): the parameter is read as the call's argument, so the call is proven a legacy v4
// initiate and migrated; the builder and the Basic helper only it read go (hold-out round 19, enr-fetch-url-header-helpers).
const JUMIO_API = 'https://lon.netverify.com/api';

const jumioUrl = (path: string, base = JUMIO_API): string => `${base}${path}`;

function basicAuth(): string {
  return 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');
}

export async function startKyc(customerId: string): Promise<string> {
  const response = await fetch(jumioUrl('/v4/initiate'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: basicAuth() },
    body: JSON.stringify({ customerInternalReference: customerId, workflowId: 100 }),
  });
  const result = (await response.json()) as { redirectUrl: string };
  return result.redirectUrl;
}

// Another path through the same builder is not an initiate: left alone.
export async function listScans(): Promise<unknown> {
  return (await fetch(jumioUrl('/netverify/v2/scans'), { headers: { Authorization: basicAuth() } })).json();
}
