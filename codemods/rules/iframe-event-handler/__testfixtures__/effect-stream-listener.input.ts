// Effect 3: the window's messages as a Stream, checked by origin, parsed, and consumed with runForEach.
import { Effect, Stream } from 'effect';

export const identityResults = (onDone: (reference: string) => void) =>
  Stream.fromEventListener<MessageEvent>(window, 'message').pipe(
    Stream.filter((e) => e.origin === 'https://acme.netverify.com'),
    Stream.map((e) => JSON.parse(e.data)),
    Stream.runForEach((data) => Effect.sync(() => {
      if (data.payload.value === 'success') onDone(data.transactionReference);
    })),
  );
