import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';

const ddb = new DynamoDBClient({});

export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> => {
  const raw = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : event.body ?? '';
  const form = new URLSearchParams(raw);

  await ddb.send(
    new PutItemCommand({
      TableName: process.env.FACE_AUTH_TABLE,
      Item: {
        pk: { S: form.get('transactionReference') ?? 'unknown' },
        enrollment: { S: form.get('enrollmentTransactionReference') ?? '' },
        result: { S: form.get('transactionResult') ?? '' },
        source: { S: form.get('scanSource') ?? '' },
        receivedAt: { S: form.get('callbackDate') ?? new Date().toISOString() },
      },
    }),
  );
  return { statusCode: 200, body: 'OK' };
};
