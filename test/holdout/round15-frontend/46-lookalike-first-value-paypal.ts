// Resolves once PayPal's hosted card fields report the payment result.
import { filter, firstValueFrom, fromEvent, map } from 'rxjs';

interface PayPalFrameEvent {
  transactionReference: string;
  status: 'APPROVED' | 'DECLINED';
  payload: { value: string };
}

export async function paymentOutcome(): Promise<{ ok: boolean; reference: string }> {
  const data = await firstValueFrom(
    fromEvent<MessageEvent>(window, 'message').pipe(
      filter((e) => e.origin.endsWith('.paypal.com')),
      map((e) => JSON.parse(e.data) as PayPalFrameEvent),
    ),
  );
  return { ok: data.status === 'APPROVED', reference: data.transactionReference };
}
