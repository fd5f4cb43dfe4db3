// Lambda behind API Gateway, wrapped with middy: POST /face-auth starts a Jumio authentication (US).
import middy from '@middy/core';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import httpErrorHandler from '@middy/http-error-handler';
import got from 'got';

const INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';

interface StartEvent {
  body: { enrollmentReference: string; userId: string };
}

const startFaceAuth = async (event: StartEvent) => {
  const { enrollmentReference, userId } = event.body;
  const result = await got
    .post(INITIATE, {
      json: { enrollmentTransactionReference: enrollmentReference, userReference: userId, callbackUrl: process.env.CALLBACK_URL },
      username: process.env.JUMIO_API_TOKEN,
      password: process.env.JUMIO_API_SECRET,
      headers: { 'User-Agent': 'Tailspin Lambda/1.3' },
    })
    .json<{ redirectUrl: string; transactionReference: string }>();
  return { statusCode: 200, body: JSON.stringify({ url: result.redirectUrl, ref: result.transactionReference }) };
};

export const handler = middy(startFaceAuth).use(httpJsonBodyParser()).use(httpErrorHandler());
