// A dead credentials variable spelled like a member of a type of the file — `secret` beside `{ token; secret }`,
// `token` beside `interface Session { token }` — is still dead: a member's name is no read of the variable.
import { getSecret } from '@aws-lambda-powertools/parameters/secrets';

interface Session {
  token: string;
}

export async function startWithSecret(enrollment: string, userId: string) {
  const secret = (await getSecret('prod/jumio', { transform: 'json' })) as { token: string; secret: string };
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${Buffer.from(`${secret.token}:${secret.secret}`).toString('base64')}` },
    body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId }),
  });
  const data = (await res.json()) as { redirectUrl: string };
  return data.redirectUrl;
}

export async function startWithEnv(enrollment: string, session: Session) {
  const token = process.env.JUMIO_API_TOKEN;
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Basic ' + btoa(`${token}:${process.env.JUMIO_API_SECRET}`) },
    body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: session.token }),
  });
  const data = (await res.json()) as { redirectUrl: string };
  return data.redirectUrl;
}
