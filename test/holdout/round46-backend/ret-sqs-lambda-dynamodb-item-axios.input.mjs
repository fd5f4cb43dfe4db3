// Lion City Insurance claims (SG): a claimant confirms a payout above S$5,000 with a selfie. A queue message arrives
// when the claimant's browser comes back from the face login; this Lambda fetches the result and settles the claim's
// face-login item. Partial batch responses are on: a failed record is retried alone.
import axios from 'axios';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'ap-southeast-1' }));
const TABLE = process.env.CLAIMS_TABLE;
const NV_AUTHENTICATIONS = 'https://core-sgp.jumio.com/api/netverify/v2/authentications';

export const handler = async (event) => {
  const failures = [];
  for (const record of event.Records) {
    const { claimId, reference } = JSON.parse(record.body);
    try {
      const { Item: pending } = await ddb.send(new GetCommand({
        TableName: TABLE,
        Key: { pk: `CLAIM#${claimId}`, sk: `FACELOGIN#${reference}` },
      }));
      if (!pending || pending.transactionResult !== 'PENDING') continue;

      const { data: details } = await axios.get(`${NV_AUTHENTICATIONS}/${encodeURIComponent(reference)}`, {
        auth: { username: process.env.LCI_NV_TOKEN, password: process.env.LCI_NV_SECRET },
        headers: { Accept: 'application/json', 'User-Agent': 'LionCity-Claims/7.3' },
        timeout: 5000,
      });
      if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') {
        // Not decided yet: SQS redelivers the message after the visibility timeout.
        failures.push({ itemIdentifier: record.messageId });
        continue;
      }

      // The attribute names are the claims table's own (the data team's schema); only the values come from the lookup.
      await ddb.send(new UpdateCommand({
        TableName: TABLE,
        Key: { pk: `CLAIM#${claimId}`, sk: `FACELOGIN#${details.transactionReference}` },
        UpdateExpression: 'SET transactionResult = :result, userReference = :user, decidedAt = :decidedAt',
        ExpressionAttributeValues: {
          ':result': details.transactionResult,
          ':user': details.userReference ?? null,
          ':decidedAt': details.transactionDate,
        },
      }));
    } catch (err) {
      console.error('face login settlement failed', { claimId, reference, err });
      failures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures: failures };
};
