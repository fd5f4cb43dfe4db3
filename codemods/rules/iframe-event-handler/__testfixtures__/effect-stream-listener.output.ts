// Effect 3: the window's messages as a Stream, checked by origin, parsed, and consumed with runForEach.
import { Effect, Stream } from 'effect';

export const identityResults = (onDone: (reference: string) => void) =>
  Stream.fromEventListener<MessageEvent>(window, 'message').pipe(
    // TODO(netverify-migrate): iframe-event-handler: origin check now expects acme.web.amer-1.jumio.ai: the legacy host does not tell the region; the vendor states only the amer-1 web-client host (emea-1/apac-1 follow the shape seen in third-party code, not stated by the vendor); otherwise use acme.web.emea-1.jumio.ai or acme.web.apac-1.jumio.ai, or compare with new URL(web.href).origin
    Stream.filter((e) => e.origin === 'https://acme.web.amer-1.jumio.ai'),
    Stream.map((e) => JSON.parse(e.data)),
    Stream.runForEach((data) => Effect.sync(() => {
      if (data.payload.value === 'success') onDone(data.workflowExecutionId);
    })),
  );
