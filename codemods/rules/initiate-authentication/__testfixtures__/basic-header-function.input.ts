// A local function that only built the Basic header is removed with the header (noUnusedLocals would report it);
// one still used elsewhere stays.
function basicAuth(): string {
  return 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');
}

function userAgent(): string {
  return 'Acme/1.0';
}

export async function initiate(enrollmentReference: string) {
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: basicAuth(), 'User-Agent': userAgent() },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference }),
  });
  return (await res.json()).redirectUrl as string;
}

export const describeClient = () => `${userAgent()}`;
