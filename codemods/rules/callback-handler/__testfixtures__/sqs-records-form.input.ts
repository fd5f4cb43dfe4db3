// API Gateway puts Jumio's form body on SQS; the Lambda reads each record's body (the fields come from the event).
import { parse } from 'node:querystring';
import { saveAuthentication } from './store';

export async function handler(event: { Records: { body: string }[] }): Promise<void> {
  for (const record of event.Records) {
    const form = parse(record.body) as Record<string, string>;
    if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') continue;
    await saveAuthentication(form.transactionReference, { result: form.transactionResult, at: form.callbackDate });
  }
}
