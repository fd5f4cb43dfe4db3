// fetch(req) with a Request object built just before (Deno, Workers, undici style): the Request is rewritten.
const JUMIO_URL = 'https://netverify.com/api/authentication/v1/web/initiate';

export async function initiate(enrollmentReference: string, userReference: string) {
  const req = new Request(JUMIO_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${process.env.JUMIO_BASIC}` },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, userReference }),
  });
  const res = await fetch(req);
  const data = await res.json();
  return { href: data.redirectUrl as string, reference: data.transactionReference as string };
}

// Inline: fetch(new Request(url, init)).
export async function initiateInline(enrollmentReference: string) {
  const res = await fetch(new Request(JUMIO_URL, {
    method: 'POST',
    headers: { Authorization: `Basic ${process.env.JUMIO_BASIC}` },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference }),
  }));
  return (await res.json()).redirectUrl as string;
}
