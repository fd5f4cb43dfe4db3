// Lookalike: Veriff's decision webhook on a Lambda Function URL; the JSON body base64-encoded, its HMAC checked.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { saveResult } from './store.js';

interface FunctionUrlEvent {
  body?: string;
  isBase64Encoded: boolean;
  headers: Record<string, string | undefined>;
}

export const handler = async (event: FunctionUrlEvent) => {
  const raw = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '');
  const expected = createHmac('sha256', process.env.VERIFF_SHARED_SECRET!).update(raw).digest('hex');
  const given = event.headers['x-hmac-signature'] ?? '';
  if (given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
    return { statusCode: 401 };
  }
  const { verification } = JSON.parse(raw) as { verification: { id: string; status: string; vendorData?: string } };
  await saveResult(verification.id, { result: verification.status, user: verification.vendorData });
  return { statusCode: 200, body: 'OK' };
};
