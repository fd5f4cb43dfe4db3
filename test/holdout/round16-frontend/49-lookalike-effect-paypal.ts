// Effect 3: PayPal's checkout popup messages as a Stream.
import { Effect, Stream } from 'effect';

interface PayPalMessage {
  transactionReference: string;
  payload: { value: 'approved' | 'cancelled' };
}

export const paypalEvents = (onApproved: (reference: string) => void) =>
  Stream.fromEventListener<MessageEvent>(window, 'message').pipe(
    Stream.filter((e) => e.origin === 'https://www.paypal.com'),
    Stream.map((e) => JSON.parse(e.data) as PayPalMessage),
    Stream.runForEach((data) =>
      Effect.sync(() => {
        if (data.payload.value === 'approved') onApproved(data.transactionReference);
      }),
    ),
  );
