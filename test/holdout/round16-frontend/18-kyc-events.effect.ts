// Effect 3: the window's messages as a Stream, filtered by origin and parsed.
import { Effect, Stream } from 'effect';

interface FrameEvent {
  transactionReference: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

export const identityFrameEvents = (onVerified: (reference: string) => void) =>
  Stream.fromEventListener<MessageEvent>(window, 'message').pipe(
    Stream.filter((e) => e.origin.endsWith('.netverify.com')),
    Stream.map((e) => JSON.parse(e.data) as FrameEvent),
    Stream.takeUntil((data) => data.payload.value === 'success'),
    Stream.runForEach((data) =>
      Effect.sync(() => {
        if (data.payload.value === 'success') onVerified(data.transactionReference);
        if (data.payload.value === 'error') console.warn('identity frame error', data.payload.metainfo?.code);
      }),
    ),
  );
