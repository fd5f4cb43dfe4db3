const querystring = require('querystring');
const { DynamoDBClient, UpdateItemCommand } = require('@aws-sdk/client-dynamodb');

const ddb = new DynamoDBClient({});

exports.handler = async (event) => {
  const raw = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  const data = querystring.parse(raw);

  if (data.callBackType !== 'NETVERIFY_AUTHENTICATION') {
    return { statusCode: 200, body: 'ignored' };
  }

  await ddb.send(
    new UpdateItemCommand({
      TableName: process.env.TABLE,
      Key: { pk: { S: `AUTH#${data.transactionReference}` } },
      UpdateExpression: 'SET #r = :r, enrollment = :e, updatedAt = :t',
      ExpressionAttributeNames: { '#r': 'result' },
      ExpressionAttributeValues: {
        ':r': { S: data.transactionResult },
        ':e': { S: data.enrollmentTransactionReference },
        ':t': { S: data.callbackDate },
      },
    }),
  );
  return { statusCode: 200, body: 'OK' };
};
