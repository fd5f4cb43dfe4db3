import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import got from 'got';

const INITIATE = 'https://lon.netverify.com/api/v4/initiate';

export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> => {
  const raw = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : event.body ?? '{}';
  const { customerId, locale } = JSON.parse(raw) as { customerId: string; locale?: string };
  const started = await got
    .post(INITIATE, {
      json: { customerInternalReference: customerId, userReference: customerId, locale: locale ?? 'en-GB', workflowId: 201 },
      username: process.env.JUMIO_API_TOKEN,
      password: process.env.JUMIO_API_SECRET,
      headers: { 'user-agent': 'Example Serverless/1.0' },
    })
    .json<{ redirectUrl: string; transactionReference: string }>();
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ redirectUrl: started.redirectUrl, reference: started.transactionReference }),
  };
};
