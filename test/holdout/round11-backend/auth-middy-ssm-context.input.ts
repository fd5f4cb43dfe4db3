// AWS Lambda wrapped by middy: @middy/ssm puts the Jumio credentials on the context; fetch to the EU data centre.
import middy from '@middy/core';
import ssm from '@middy/ssm';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';

type JumioContext = Context & { jumioToken: string; jumioSecret: string };

const baseHandler = async (event: APIGatewayProxyEventV2 & { body: { enrollment: string; userId: string } }, context: JumioContext) => {
  const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'User-Agent': 'Acme Bank FaceLogin/2.0',
      Authorization: 'Basic ' + Buffer.from(`${context.jumioToken}:${context.jumioSecret}`).toString('base64'),
    },
    body: JSON.stringify({
      enrollmentTransactionReference: event.body.enrollment,
      userReference: event.body.userId,
      successUrl: 'https://bank.acme.example/login/face/ok',
      errorUrl: 'https://bank.acme.example/login/face/failed',
    }),
  });
  const json = (await res.json()) as { redirectUrl: string; transactionReference: string };
  return { statusCode: 200, body: JSON.stringify({ url: json.redirectUrl, reference: json.transactionReference }) };
};

export const handler = middy(baseHandler)
  .use(httpJsonBodyParser())
  .use(ssm({ fetchData: { jumioToken: '/prod/jumio/token', jumioSecret: '/prod/jumio/secret' }, setToContext: true }));
