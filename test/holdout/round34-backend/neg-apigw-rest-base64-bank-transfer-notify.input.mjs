// AWS Lambda (ESM, Node 20) behind an API Gateway REST API: the partner bank's instant-payments gateway posts a
// notification here when a customer's transfer settles. API Gateway hands the form over base64-encoded (binary media
// type */*); the function checks the sender against the bank's addresses, keeps the notification in DynamoDB and
// answers 200 at once.
import { parse } from 'node:querystring';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const BANK_NOTIFY_IPS = ['203.0.113.14', '203.0.113.15', '198.51.100.40'];

export const handler = async (event) => {
  const sourceIp = event.requestContext?.identity?.sourceIp;
  if (!BANK_NOTIFY_IPS.includes(sourceIp)) {
    console.warn('transfer notification from an unexpected address', sourceIp);
    return { statusCode: 403, body: '' };
  }

  const raw = event.isBase64Encoded ? Buffer.from(event.body || '', 'base64').toString('utf8') : event.body || '';
  const form = parse(raw);
  if (form.notificationType !== 'TRANSFER_SETTLED') {
    return { statusCode: 200, body: 'ignored' };
  }

  let remittance = [];
  try {
    remittance = JSON.parse(form.remittanceLines || '[]');
  } catch {
    remittance = [];
  }

  await ddb.send(
    new PutCommand({
      TableName: process.env.TRANSFER_TABLE,
      Item: {
        pk: `TRANSFER#${form.transactionReference}`,
        result: form.transactionResult,
        amount: form.amount,
        currency: form.currency,
        payer: form.payerIban,
        remittanceLines: remittance.length,
        settledAt: form.transactionDate,
        receivedAt: form.notificationDate,
      },
    }),
  );
  return { statusCode: 200, body: 'OK' };
};
