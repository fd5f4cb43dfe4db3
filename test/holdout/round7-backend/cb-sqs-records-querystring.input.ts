import type { SQSEvent } from 'aws-lambda';
import { parse } from 'node:querystring';
import { saveAuthenticationResult } from './store.js';

// API Gateway → SQS integration: each record's body is the callback's form body as Jumio posted it.
export async function handler(event: SQSEvent): Promise<void> {
  for (const record of event.Records) {
    const form = parse(record.body) as Record<string, string>;
    if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') continue;
    await saveAuthenticationResult(form.transactionReference, {
      result: form.transactionResult,
      date: form.callbackDate,
      enrollment: form.enrollmentTransactionReference,
    });
  }
}
