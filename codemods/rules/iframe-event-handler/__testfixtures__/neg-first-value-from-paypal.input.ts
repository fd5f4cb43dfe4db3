// Resolves once PayPal's hosted card fields report the payment result.
import { filter, firstValueFrom, fromEvent, map } from 'rxjs';

export async function paymentOutcome(): Promise<{ ok: boolean; reference: string }> {
  const data = await firstValueFrom(
    fromEvent<MessageEvent>(window, 'message').pipe(
      filter((e) => e.origin.endsWith('.paypal.com')),
      map((e) => JSON.parse(e.data)),
    ),
  );
  return { ok: data.status === 'APPROVED' && data.payload.value === 'success', reference: data.transactionReference };
}
