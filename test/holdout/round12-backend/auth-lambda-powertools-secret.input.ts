// AWS Lambda with Powertools: the Basic credentials from Secrets Manager (getSecret, transform json), the global fetch (US).
import { getSecret } from '@aws-lambda-powertools/parameters/secrets';
import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';

const logger = new Logger({ serviceName: 'face-login' });

export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> => {
  const { enrollment, userId } = JSON.parse(event.body ?? '{}');
  const secret = (await getSecret('prod/jumio', { transform: 'json' })) as { token: string; secret: string };
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Basic ${Buffer.from(`${secret.token}:${secret.secret}`).toString('base64')}`,
      'User-Agent': 'Acme Telco/4.4',
    },
    body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId, tokenLifetimeInMinutes: 30 }),
  });
  const data = (await res.json()) as { redirectUrl: string; transactionReference: string };
  logger.info('face login started', { reference: data.transactionReference });
  return { statusCode: 200, body: JSON.stringify({ url: data.redirectUrl }) };
};
