// Credentials destructured from process.env: the names that only built the Basic header go (the whole statement
// when none is left), a name still read stays.
export async function startFaceLogin(userId: string, enrollment: string) {
  const { JUMIO_API_TOKEN, JUMIO_API_SECRET } = process.env;
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${Buffer.from(`${JUMIO_API_TOKEN}:${JUMIO_API_SECRET}`).toString('base64')}` },
    body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId }),
  });
  const started = await res.json();
  return started.redirectUrl;
}

export async function startEuFaceLogin(userId: string, enrollment: string) {
  const { JUMIO_EU_TOKEN, JUMIO_EU_SECRET, PUBLIC_URL } = process.env;
  const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Basic ' + btoa(`${JUMIO_EU_TOKEN}:${JUMIO_EU_SECRET}`) },
    body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId, successUrl: `${PUBLIC_URL}/face-login/done` }),
  });
  const started = await res.json();
  return started.redirectUrl;
}
