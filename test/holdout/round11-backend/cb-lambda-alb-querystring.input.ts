// AWS Lambda behind an Application Load Balancer: the form body (base64 when the ALB says so) parsed with querystring.
import { parse } from 'node:querystring';
import type { ALBEvent, ALBResult } from 'aws-lambda';
import { saveResult } from './store';

export async function handler(event: ALBEvent): Promise<ALBResult> {
  const raw = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : event.body ?? '';
  const form = parse(raw);
  if (form.callBackType === 'NETVERIFY_AUTHENTICATION') {
    await saveResult(String(form.transactionReference), {
      result: form.transactionResult,
      user: form.userReference,
      liveness: JSON.parse(String(form.livenessImages ?? '[]')),
    });
  }
  return { statusCode: 200, statusDescription: '200 OK', body: 'OK', isBase64Encoded: false };
}
