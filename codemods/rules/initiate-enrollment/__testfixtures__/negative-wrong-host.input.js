// AI-style code with hosts Jumio never had (netverify.eu, api.jumio.com) and an env-only URL: not proven legacy.
export async function initiate(enrollmentTransactionReference) {
  const a = await fetch('https://netverify.eu/api/authentication/v1/web/initiate', {
    method: 'POST',
    body: JSON.stringify({ enrollmentTransactionReference }),
  });
  const b = await fetch('https://api.jumio.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    body: JSON.stringify({ enrollmentTransactionReference }),
  });
  return [await a.json(), await b.json()];
}
