// A card acquirer's notifications on SQS: the same field words, no Jumio spelling.
import { parse } from 'node:querystring';
import { saveAuthentication } from './store';

export async function handler(event: { Records: { body: string }[] }): Promise<void> {
  for (const record of event.Records) {
    const form = parse(record.body) as Record<string, string>;
    await saveAuthentication(form.transactionReference, { result: form.transactionResult, at: form.transactionDate });
  }
}
