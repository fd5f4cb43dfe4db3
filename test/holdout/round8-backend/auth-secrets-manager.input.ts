// Lambda: credentials come from AWS Secrets Manager (cached per container).
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import axios from 'axios';

const sm = new SecretsManagerClient({ region: 'eu-west-1' });
let cached: { apiToken: string; apiSecret: string } | undefined;

async function jumioSecret(): Promise<{ apiToken: string; apiSecret: string }> {
  if (!cached) {
    const out = await sm.send(new GetSecretValueCommand({ SecretId: process.env.JUMIO_SECRET_ARN }));
    cached = JSON.parse(out.SecretString ?? '{}');
  }
  return cached!;
}

export const handler = async (event: { body: string }) => {
  const { userId, enrollmentReference } = JSON.parse(event.body);
  const { apiToken, apiSecret } = await jumioSecret();
  const { data } = await axios.post(
    'https://lon.netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: enrollmentReference, userReference: userId, tokenLifetimeInMinutes: 1440 },
    { auth: { username: apiToken, password: apiSecret }, headers: { 'User-Agent': 'Tailspin Lambda/2.0' } },
  );
  return {
    statusCode: 200,
    body: JSON.stringify({ redirectTo: data.redirectUrl, reference: data.transactionReference }),
  };
};
