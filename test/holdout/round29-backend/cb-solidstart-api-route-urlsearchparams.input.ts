// SolidStart 1.x API route (src/routes/api/face-login/result.ts): the face login's result notification arrives
// form-encoded; the member is marked by the outcome and the liveness frames are counted for the audit.
import type { APIEvent } from '@solidjs/start/server';
import { markUserVerified, saveResult } from './store.js';

export async function POST({ request }: APIEvent) {
  const form = new URLSearchParams(await request.text());
  const reference = form.get('transactionReference');
  const enrolment = form.get('enrollmentTransactionReference');
  if (!reference || !enrolment) return new Response('missing reference', { status: 400 });

  const liveness: string[] = JSON.parse(form.get('livenessImages') ?? '[]');
  switch (form.get('transactionResult')) {
    case 'PASSED':
      await markUserVerified(form.get('userReference') ?? '', true);
      break;
    case 'FAILED':
    case 'INVALID':
      await markUserVerified(form.get('userReference') ?? '', false);
      break;
    default:
      break;
  }
  await saveResult(reference, { enrolment, livenessFrames: liveness.length, receivedAt: form.get('callbackDate') });
  return new Response(null, { status: 204 });
}
