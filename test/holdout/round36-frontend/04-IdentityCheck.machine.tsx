// Identity check of the loan application (XState v5 + @xstate/react). The machine's `verifying` state invokes a
// callback actor that listens to the Netverify web client in the component's iframe and sends the machine one event
// per message, mapped by `toMachineEvent`; the actor's `receive` detaches the listener when the applicant cancels.
// A failed capture the applicant may repeat goes to `retrying`, any other failure ends the machine.
import { assign, fromCallback, setup } from 'xstate';
import { useMachine } from '@xstate/react';

interface WebClientMessage {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

type IdentityEvent =
  | { type: 'frame.loaded' }
  | { type: 'frame.submitted'; reference: string }
  | { type: 'frame.failed'; reference: string; code: number | null; retryable: boolean }
  | { type: 'cancel' }
  | { type: 'retry' };

function toMachineEvent(message: WebClientMessage): IdentityEvent | null {
  switch (message.payload.value) {
    case 'loaded':
      return { type: 'frame.loaded' };
    case 'success':
      return { type: 'frame.submitted', reference: message.transactionReference };
    case 'error': {
      const code = message.payload.metainfo?.code ?? null;
      // No acceptable capture in three attempts: the applicant may start the check again.
      return { type: 'frame.failed', reference: message.transactionReference, code, retryable: code === 9836 };
    }
    default:
      return null;
  }
}

export const identityMachine = setup({
  types: {
    context: {} as { frameUrl: string; reference: string | null; code: number | null },
    events: {} as IdentityEvent,
    input: {} as { frameUrl: string },
  },
  actors: {
    webClientEvents: fromCallback<IdentityEvent>(({ sendBack, receive }) => {
      function onMessage(event: MessageEvent<string>) {
        if (!event.origin.endsWith('.netverify.com')) return;
        let message: WebClientMessage;
        try {
          message = JSON.parse(event.data);
        } catch {
          return;
        }
        const machineEvent = toMachineEvent(message);
        if (machineEvent) sendBack(machineEvent);
      }
      window.addEventListener('message', onMessage);
      receive((event) => {
        if (event.type === 'cancel') window.removeEventListener('message', onMessage);
      });
      return () => window.removeEventListener('message', onMessage);
    }),
  },
}).createMachine({
  id: 'identityCheck',
  context: ({ input }) => ({ frameUrl: input.frameUrl, reference: null, code: null }),
  initial: 'verifying',
  states: {
    verifying: {
      invoke: { id: 'webClient', src: 'webClientEvents' },
      on: {
        'frame.submitted': { target: 'submitted', actions: assign({ reference: ({ event }) => event.reference }) },
        'frame.failed': [
          { guard: ({ event }) => event.retryable, target: 'retrying', actions: assign({ code: ({ event }) => event.code }) },
          { target: 'failed', actions: assign({ reference: ({ event }) => event.reference, code: ({ event }) => event.code }) },
        ],
        cancel: { target: 'cancelled' },
      },
    },
    retrying: { on: { retry: 'verifying' } },
    submitted: { type: 'final' },
    failed: { type: 'final' },
    cancelled: { type: 'final' },
  },
});

export function IdentityCheck({ frameUrl }: { frameUrl: string }) {
  const [snapshot, send] = useMachine(identityMachine, { input: { frameUrl } });

  if (snapshot.matches('submitted')) return <p>Thanks, we are checking your documents.</p>;
  if (snapshot.matches('cancelled')) return <p>You can verify your identity later from your application page.</p>;
  if (snapshot.matches('failed')) {
    return <p role="alert">We could not verify your identity (code {snapshot.context.code ?? 'unknown'}).</p>;
  }
  if (snapshot.matches('retrying')) {
    return (
      <button type="button" onClick={() => send({ type: 'retry' })}>
        Start the identity check again
      </button>
    );
  }
  return (
    <div className="identity-check">
      <iframe title="Identity verification" src={snapshot.context.frameUrl} allow="camera; fullscreen" />
      <button type="button" onClick={() => send({ type: 'cancel' })}>
        Cancel
      </button>
    </div>
  );
}
