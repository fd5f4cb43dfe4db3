// Effect 3: a payment widget's messages as a Stream; its events carry a transactionReference too.
import { Effect, Stream } from 'effect';

export const paymentResults = (onPaid: (reference: string) => void) =>
  Stream.fromEventListener<MessageEvent>(window, 'message').pipe(
    Stream.filter((e) => e.origin === 'https://widget.paymentsco.example'),
    Stream.map((e) => JSON.parse(e.data)),
    Stream.runForEach((data) => Effect.sync(() => {
      if (data.status === 'PAID') onPaid(data.transactionReference);
    })),
  );
