// SolidStart 1.x API route (src/routes/api/payments/3ds-result.ts): the card issuer's 3-D Secure server posts the
// challenge outcome here, form-encoded, before the payment is captured.
import type { APIEvent } from '@solidjs/start/server';
import { saveResult } from './store.js';

export async function POST({ request }: APIEvent) {
  const form = new URLSearchParams(await request.text());
  const reference = form.get('transactionReference');
  if (!reference) return new Response('missing reference', { status: 400 });

  let outcome: 'authenticated' | 'attempted' | 'rejected';
  switch (form.get('transactionResult')) {
    case 'Y':
      outcome = 'authenticated';
      break;
    case 'A':
      outcome = 'attempted';
      break;
    default:
      outcome = 'rejected';
  }
  await saveResult(reference, {
    outcome,
    eci: form.get('eci'),
    cavv: form.get('authenticationValue'),
    dsTransId: form.get('dsTransID'),
    at: form.get('transactionDate'),
  });
  return new Response(null, { status: 204 });
}
