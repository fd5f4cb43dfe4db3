// SQS-triggered Lambda (partial batch responses): each message is a new customer to enrol (EU, workflowId 202).
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import axios from 'axios';
import { sendMail } from './mailer.js';

export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    const customer = JSON.parse(record.body) as { id: string; email: string };
    try {
      const res = await axios.post(
        'https://lon.netverify.com/api/v4/initiate',
        { customerInternalReference: customer.id, workflowId: 202, callbackUrl: 'https://api.acme-broker.example/kyc/jumio' },
        { auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! } },
      );
      await sendMail(customer.email, 'Verify your identity', res.data.redirectUrl);
    } catch {
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
};
