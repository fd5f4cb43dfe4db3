// The enum also names the scans route another function still calls: it stays, its legacy URLs marked.
enum Netverify {
  Origin = 'https://netverify.com',
  Initiate = '/api/authentication/v1/web/initiate',
  Scans = '/api/netverify/v2/scans',
}

export async function startFaceLogin(enrollmentReference: string): Promise<string> {
  const res = await fetch(`${Netverify.Origin}${Netverify.Initiate}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${process.env.NETVERIFY_BASIC}` },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference }),
  });
  const data = (await res.json()) as { redirectUrl: string };
  return data.redirectUrl;
}

export function scanUrl(scanReference: string): string {
  return `${Netverify.Origin}${Netverify.Scans}/${scanReference}`;
}
