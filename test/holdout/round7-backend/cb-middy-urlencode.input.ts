import middy from '@middy/core';
import httpUrlEncodeBodyParser from '@middy/http-urlencode-body-parser';
import httpErrorHandler from '@middy/http-error-handler';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { saveAuthenticationResult } from './store.js';

type CallbackEvent = Omit<APIGatewayProxyEvent, 'body'> & { body: Record<string, string> };

const receive = async (event: CallbackEvent) => {
  const body = event.body;
  if (body.callBackType !== 'NETVERIFY_AUTHENTICATION') return { statusCode: 204, body: '' };
  await saveAuthenticationResult(body.transactionReference, {
    enrollment: body.enrollmentTransactionReference,
    result: body.transactionResult,
    source: body.scanSource,
  });
  return { statusCode: 200, body: 'OK' };
};

export const handler = middy(receive).use(httpUrlEncodeBodyParser()).use(httpErrorHandler());
