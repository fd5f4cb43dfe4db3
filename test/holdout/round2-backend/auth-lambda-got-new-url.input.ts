import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import got from 'got';

const BASE = process.env.JUMIO_BASE_URL || 'https://netverify.com';

interface InitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const { enrollmentReference, userId } = JSON.parse(event.body ?? '{}');
  try {
    const { body } = await got.post<InitiateResponse>(new URL('/api/authentication/v1/web/initiate', BASE).toString(), {
      json: {
        enrollmentTransactionReference: enrollmentReference,
        userReference: userId,
        callbackUrl: process.env.CALLBACK_URL,
      },
      username: process.env.JUMIO_TOKEN,
      password: process.env.JUMIO_SECRET,
      responseType: 'json',
    });
    return { statusCode: 302, headers: { Location: body.redirectUrl }, body: '' };
  } catch (error) {
    console.error('jumio initiate failed', error);
    return { statusCode: 500, body: JSON.stringify({ message: 'Could not start verification' }) };
  }
};
