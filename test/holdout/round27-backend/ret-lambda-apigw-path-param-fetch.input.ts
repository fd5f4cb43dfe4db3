// Face login status for the mobile app (AWS Lambda behind API Gateway REST, TypeScript): GET /face-login/{reference}
// asks the EU data centre for the authentication's result.
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { saveResult } from './store.js';

interface AuthenticationResult {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

const basic = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const reference = event.pathParameters?.reference;
  if (!reference) {
    return { statusCode: 400, body: JSON.stringify({ message: 'reference missing' }) };
  }
  const res = await fetch(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
    headers: { Accept: 'application/json', Authorization: `Basic ${basic}`, 'User-Agent': 'Acme Mobile Status/1.3' },
  });
  if (res.status === 404) {
    return { statusCode: 404, body: JSON.stringify({ message: 'unknown reference' }) };
  }
  const result = (await res.json()) as AuthenticationResult;
  const passed = result.transactionResult === 'PASSED';
  await saveResult(result.transactionReference, { passed, user: result.userReference });
  return {
    statusCode: 200,
    body: JSON.stringify({ reference: result.transactionReference, passed }),
  };
};
