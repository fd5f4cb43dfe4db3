import type { APIGatewayProxyHandlerV2 } from 'aws-lambda';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import axios from 'axios';

const secrets = new SecretsManagerClient({});

const INITIATE_URLS = {
  US: 'https://netverify.com/api/authentication/v1/web/initiate',
  EU: 'https://lon.netverify.com/api/authentication/v1/web/initiate',
  SG: 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate',
} as const;

type DataCenter = keyof typeof INITIATE_URLS;

interface JumioCredentials {
  token: string;
  secret: string;
}

let cached: JumioCredentials | undefined;

async function credentials(): Promise<JumioCredentials> {
  if (!cached) {
    const out = await secrets.send(new GetSecretValueCommand({ SecretId: process.env.JUMIO_SECRET_ARN! }));
    cached = JSON.parse(out.SecretString!) as JumioCredentials;
  }
  return cached;
}

export const handler: APIGatewayProxyHandlerV2 = async (event) => {
  const input = JSON.parse(event.body ?? '{}') as { enrollmentReference: string; userId: string; dc?: DataCenter };
  const dc: DataCenter = input.dc ?? 'US';
  const { token, secret } = await credentials();

  const response = await axios.post(
    INITIATE_URLS[dc],
    {
      enrollmentTransactionReference: input.enrollmentReference,
      userReference: input.userId,
      callbackUrl: process.env.CALLBACK_URL,
    },
    {
      headers: {
        Authorization: `Basic ${Buffer.from(`${token}:${secret}`).toString('base64')}`,
        'User-Agent': 'Helios Lambda/1.0',
      },
    },
  );

  return {
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ redirectUrl: response.data.redirectUrl, reference: response.data.transactionReference }),
  };
};
