// Credentials read through calls the codemod cannot see into: a secrets helper at module level, and the request
// event's env inside the handler. Once the Basic header is gone they are dead.
declare function secret(name: string): () => string; // the platform's secrets API (a global here)

const apiToken = secret('JumioApiToken');
const apiSecret = secret('JumioApiSecret');

export async function startFaceAuth(event: { env: { get(name: string): string | undefined } }, enrollmentRef: string, userId: string) {
  const basic = btoa(`${event.env.get('JUMIO_TOKEN')}:${event.env.get('JUMIO_SECRET')}`);
  const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${basic}` },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentRef, userReference: userId }),
  });
  return ((await res.json()) as { redirectUrl: string }).redirectUrl;
}

export async function startFaceAuthWithSecrets(enrollmentRef: string, userId: string) {
  const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${btoa(`${apiToken()}:${apiSecret()}`)}` },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentRef, userReference: userId }),
  });
  return ((await res.json()) as { redirectUrl: string }).redirectUrl;
}
