// AWS Lambda (ESM, Node 20) behind an API Gateway REST API: the Singapore data centre posts the face-login result
// here. API Gateway hands the form over base64-encoded (binary media type */*); the function checks the sender against
// the data centre's published addresses, keeps the result in DynamoDB and answers 200 at once.
import { parse } from 'node:querystring';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const SG_CALLBACK_IPS = ['3.0.109.121', '52.76.184.73', '52.77.102.92'];

export const handler = async (event) => {
  const sourceIp = event.requestContext?.identity?.sourceIp;
  if (!SG_CALLBACK_IPS.includes(sourceIp)) {
    console.warn('face-login result from an unexpected address', sourceIp);
    return { statusCode: 403, body: '' };
  }

  const raw = event.isBase64Encoded ? Buffer.from(event.body || '', 'base64').toString('utf8') : event.body || '';
  const form = parse(raw);
  if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') {
    return { statusCode: 200, body: 'ignored' };
  }

  let liveness = [];
  try {
    liveness = JSON.parse(form.livenessImages || '[]');
  } catch {
    liveness = [];
  }

  await ddb.send(
    new PutCommand({
      TableName: process.env.FACE_LOGIN_TABLE,
      Item: {
        pk: `FACELOGIN#${form.transactionReference}`,
        enrolment: form.enrollmentTransactionReference,
        result: form.transactionResult,
        source: form.scanSource,
        face: form.idScanImageFace,
        livenessCount: liveness.length,
        completedAt: form.transactionDate,
        receivedAt: form.callbackDate,
      },
    }),
  );
  return { statusCode: 200, body: 'OK' };
};
