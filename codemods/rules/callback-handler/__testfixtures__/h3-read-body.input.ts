// Nitro / h3 route: the form fields come from `await readBody(event)`; the item lists the fields read.
import { defineEventHandler, readBody } from 'h3';

export default defineEventHandler(async (event) => {
  const body = await readBody<Record<string, string>>(event);
  if (body.callBackType !== 'NETVERIFY_AUTHENTICATION') return 'ignored';
  await saveResult(body.transactionReference, body.transactionResult, body.transactionDate);
  return 'OK';
});

declare function saveResult(ref: string, result: string, date: string): Promise<void>;
