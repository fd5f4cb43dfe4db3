// An AWS Lambda Function URL (no API Gateway) receiving the face-login callback: the form body arrives base64-encoded
// when isBase64Encoded is set; parsed with URLSearchParams into a plain object and destructured.
import { markUserVerified, saveResult } from './store.js';

interface FunctionUrlEvent {
  body?: string;
  isBase64Encoded: boolean;
  headers: Record<string, string | undefined>;
}

export const handler = async (event: FunctionUrlEvent) => {
  const raw = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '');
  const form = Object.fromEntries(new URLSearchParams(raw));
  const { callBackType, transactionReference, transactionResult, userReference, callbackDate } = form;
  if (callBackType !== 'NETVERIFY_AUTHENTICATION') return { statusCode: 204 };
  await saveResult(transactionReference, { result: transactionResult, at: callbackDate });
  if (userReference) await markUserVerified(userReference, transactionResult === 'PASSED');
  return { statusCode: 200, body: 'OK' };
};
