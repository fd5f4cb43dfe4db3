// Face check before a credit-limit increase (XState v5 + @xstate/react). While the applicant is in the Jumio web
// client, the machine invokes a callback actor that listens to the client's postMessage events in this window and
// hands each one to the machine as FRAME.MESSAGE; the machine's guards decide what the event means for the step.
// A failed capture may be retried once in the app; after a second one the applicant finishes the increase in a branch.
import { useEffect } from 'react';
import { assign, fromCallback, setup } from 'xstate';
import { useMachine } from '@xstate/react';

/** What the web client posts (as a JSON string) to the page that frames it. */
interface FrameMessage {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

type FaceCheckEvent = { type: 'FRAME.MESSAGE'; data: FrameMessage } | { type: 'RETRY' } | { type: 'CANCEL' };

const webClientListener = fromCallback<FaceCheckEvent>(({ sendBack }) => {
  const onMessage = (event: MessageEvent<string>) => {
    if (!new URL(event.origin).hostname.endsWith('.netverify.com')) return;
    let message: FrameMessage;
    try {
      message = JSON.parse(event.data);
    } catch {
      return;
    }
    if (!message.transactionReference) return;
    sendBack({ type: 'FRAME.MESSAGE', data: message });
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
});

export const faceCheckMachine = setup({
  types: {
    context: {} as { frameUrl: string; reference: string | null; errorCode: number | null; failures: number },
    events: {} as FaceCheckEvent,
    input: {} as { frameUrl: string },
  },
  actors: { webClientListener },
  guards: {
    isLoaded: ({ event }) => event.type === 'FRAME.MESSAGE' && event.data.payload.value === 'loaded',
    isCaptured: ({ event }) => event.type === 'FRAME.MESSAGE' && event.data.payload.value === 'success',
    canRetry: ({ context }) => context.failures < 2,
  },
  actions: {
    keepReference: assign({
      reference: ({ event }) => (event.type === 'FRAME.MESSAGE' ? event.data.transactionReference : null),
    }),
    countFailure: assign({
      errorCode: ({ event }) => (event.type === 'FRAME.MESSAGE' ? event.data.payload.metainfo?.code ?? null : null),
      failures: ({ context }) => context.failures + 1,
    }),
  },
}).createMachine({
  id: 'creditLimitFaceCheck',
  context: ({ input }) => ({ frameUrl: input.frameUrl, reference: null, errorCode: null, failures: 0 }),
  initial: 'capturing',
  states: {
    capturing: {
      invoke: { id: 'webClient', src: 'webClientListener' },
      initial: 'loading',
      states: { loading: {}, ready: {} },
      on: {
        'FRAME.MESSAGE': [
          { guard: 'isLoaded', target: '.ready' },
          { guard: 'isCaptured', target: 'captured', actions: 'keepReference' },
          { target: 'failed', actions: ['keepReference', 'countFailure'] },
        ],
        CANCEL: 'cancelled',
      },
    },
    failed: {
      on: { RETRY: { guard: 'canRetry', target: 'capturing' }, CANCEL: 'cancelled' },
    },
    captured: { type: 'final' },
    cancelled: { type: 'final' },
  },
});

export function CreditLimitFaceCheck({ frameUrl, onDone }: { frameUrl: string; onDone: (reference: string) => void }) {
  const [snapshot, send] = useMachine(faceCheckMachine, { input: { frameUrl } });

  useEffect(() => {
    if (snapshot.matches('captured') && snapshot.context.reference) onDone(snapshot.context.reference);
  }, [snapshot, onDone]);

  if (snapshot.matches('captured')) return <p>Thanks, we are checking your photo.</p>;
  if (snapshot.matches('cancelled')) return null;
  if (snapshot.matches('failed')) {
    return (
      <div role="alert" className="face-check face-check--failed">
        <p>The face check did not work (code {snapshot.context.errorCode ?? 'unknown'}).</p>
        {snapshot.can({ type: 'RETRY' }) ? (
          <button type="button" onClick={() => send({ type: 'RETRY' })}>Try again</button>
        ) : (
          <p>Please visit a branch with your photo ID to finish the increase.</p>
        )}
      </div>
    );
  }

  return (
    <div className="face-check">
      {snapshot.matches({ capturing: 'loading' }) && <p className="face-check__hint">Loading the face check…</p>}
      <iframe
        title="Face check"
        className="face-check__frame"
        src={snapshot.context.frameUrl}
        allow="camera;fullscreen"
        allowFullScreen
      />
      <button type="button" className="link" onClick={() => send({ type: 'CANCEL' })}>Not now</button>
    </div>
  );
}
