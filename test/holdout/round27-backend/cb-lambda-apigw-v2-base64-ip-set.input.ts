// Face login result receiver (AWS Lambda, API Gateway HTTP API, TypeScript): the EU data centre posts the form; the
// function checks the sender and stores the outcome.
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { saveResult } from './store.js';

const JUMIO_EU_CALLBACK_IPS = new Set(['34.253.41.236', '35.157.27.193', '52.48.0.25', '52.57.194.92', '52.58.113.86', '52.209.180.134']);

export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> => {
  if (!JUMIO_EU_CALLBACK_IPS.has(event.requestContext.http.sourceIp)) {
    return { statusCode: 403 };
  }
  const raw = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '');
  const form = new URLSearchParams(raw);
  if (form.get('callBackType') !== 'NETVERIFY_AUTHENTICATION') {
    return { statusCode: 204 };
  }
  await saveResult(form.get('transactionReference') ?? '', {
    result: form.get('transactionResult'),
    date: form.get('transactionDate'),
    receivedAt: form.get('callbackDate'),
  });
  return { statusCode: 200, body: 'OK' };
};
