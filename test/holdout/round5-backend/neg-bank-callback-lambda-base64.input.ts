import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { settlePayment } from './ledger';

// Acquiring bank posts the 3-D Secure / payment outcome form-encoded to our callbackUrl.
export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const text = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString() : event.body ?? '';
  const form = new URLSearchParams(text);
  const transactionReference = form.get('transactionReference');
  const transactionResult = form.get('transactionResult');
  const transactionDate = form.get('transactionDate');
  if (!transactionReference) return { statusCode: 400, body: 'missing reference' };

  await settlePayment(transactionReference, {
    approved: transactionResult === 'APPROVED',
    at: transactionDate ?? new Date().toISOString(),
    authCode: form.get('authorizationCode'),
  });
  return { statusCode: 200, body: 'ACK' };
};
