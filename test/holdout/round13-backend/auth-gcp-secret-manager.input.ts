// Cloud Run service: the Jumio credentials come from Google Secret Manager; node-fetch v2 (US).
import fetch from 'node-fetch';
import { SecretManagerServiceClient } from '@google-cloud/secret-manager';

const secrets = new SecretManagerServiceClient();

async function jumioBasic(): Promise<string> {
  const [version] = await secrets.accessSecretVersion({ name: 'projects/acme-prod/secrets/jumio-api/versions/latest' });
  const { token, secret } = JSON.parse(version.payload!.data!.toString());
  return Buffer.from(`${token}:${secret}`).toString('base64');
}

export async function startFaceLogin(enrollment: string, userId: string) {
  const basic = await jumioBasic();
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      Authorization: `Basic ${basic}`,
      'User-Agent': 'Acme Cloud/1.0',
    },
    body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId, tokenLifetimeInMinutes: 45 }),
  });
  const body = (await res.json()) as { redirectUrl: string; transactionReference: string };
  return { url: body.redirectUrl, reference: body.transactionReference };
}
