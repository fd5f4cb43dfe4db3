// Credentials from the Infisical SDK; the call inside ts-retry-promise's retry() with a retry budget (US).
import axios from 'axios';
import { InfisicalSDK } from '@infisical/sdk';
import { retry } from 'ts-retry-promise';

const infisical = new InfisicalSDK({ siteUrl: 'https://vault.acme.example' });

async function jumioCredentials() {
  const token = await infisical.secrets().getSecret({ environment: 'prod', projectId: 'kyc', secretName: 'JUMIO_API_TOKEN' });
  const secret = await infisical.secrets().getSecret({ environment: 'prod', projectId: 'kyc', secretName: 'JUMIO_API_SECRET' });
  return { username: token.secretValue, password: secret.secretValue };
}

export async function startFaceLogin(enrollment: string, userId: string) {
  const auth = await jumioCredentials();
  const res = await retry(
    () => axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: enrollment, userReference: userId }, { auth }),
    { retries: 2, delay: 400 },
  );
  return { url: res.data.redirectUrl as string, reference: res.data.transactionReference as string };
}
