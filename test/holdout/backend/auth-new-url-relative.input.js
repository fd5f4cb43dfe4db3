const BASE = 'https://lon.netverify.com/api/authentication/v1/';

export async function faceAuth(ref) {
  const res = await fetch(new URL('web/initiate', BASE).href, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${process.env.JUMIO_BASIC}` },
    body: JSON.stringify({ enrollmentTransactionReference: ref }),
  });
  const data = await res.json();
  return data.redirectUrl;
}
