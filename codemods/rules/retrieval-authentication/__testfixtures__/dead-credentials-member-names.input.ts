// A dead credentials variable spelled like a member of a type of the file — `secret` beside `{ token; secret }`,
// `token` beside `interface Session { token }` — is still dead: a member's name is no read of the variable.
import { getSecret } from '@aws-lambda-powertools/parameters/secrets';

interface Session {
  token: string;
}

export async function userWithSecret(reference: string) {
  const secret = (await getSecret('prod/jumio', { transform: 'json' })) as { token: string; secret: string };
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    headers: { Authorization: `Basic ${Buffer.from(`${secret.token}:${secret.secret}`).toString('base64')}` },
  });
  const details = (await res.json()) as { userReference?: string };
  return details.userReference;
}

export async function userWithEnv(session: Session) {
  const token = process.env.JUMIO_API_TOKEN;
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${session.token}`, {
    headers: { Authorization: 'Basic ' + btoa(`${token}:${process.env.JUMIO_API_SECRET}`) },
  });
  const details = (await res.json()) as { userReference?: string };
  return details.userReference;
}
