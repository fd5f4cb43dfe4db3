// Direct Debit mandate for the credit-card repayments (XState v5 + @xstate/react). The customer authorises the
// mandate in Payfront's hosted consent page, framed below; a callback actor listens to the page's postMessage events
// in this window and hands each one to the machine as CONSENT.MESSAGE. A declined consent may be retried once.
import { useEffect } from 'react';
import { assign, fromCallback, setup } from 'xstate';
import { useMachine } from '@xstate/react';

/** What the consent page posts (as a JSON string) to the page that frames it. */
interface ConsentMessage {
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'authorised' | 'declined'; reason?: string };
}

type MandateEvent = { type: 'CONSENT.MESSAGE'; data: ConsentMessage } | { type: 'RETRY' } | { type: 'CANCEL' };

const consentListener = fromCallback<MandateEvent>(({ sendBack }) => {
  const onMessage = (event: MessageEvent<string>) => {
    if (!new URL(event.origin).hostname.endsWith('.payfront.example')) return;
    let message: ConsentMessage;
    try {
      message = JSON.parse(event.data);
    } catch {
      return;
    }
    if (!message.transactionReference) return;
    sendBack({ type: 'CONSENT.MESSAGE', data: message });
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
});

export const mandateMachine = setup({
  types: {
    context: {} as { consentUrl: string; reference: string | null; reason: string | null; declines: number },
    events: {} as MandateEvent,
    input: {} as { consentUrl: string },
  },
  actors: { consentListener },
  guards: {
    isLoaded: ({ event }) => event.type === 'CONSENT.MESSAGE' && event.data.payload.value === 'loaded',
    isAuthorised: ({ event }) => event.type === 'CONSENT.MESSAGE' && event.data.payload.value === 'authorised',
    canRetry: ({ context }) => context.declines < 2,
  },
  actions: {
    keepReference: assign({
      reference: ({ event }) => (event.type === 'CONSENT.MESSAGE' ? event.data.transactionReference : null),
    }),
    countDecline: assign({
      reason: ({ event }) => (event.type === 'CONSENT.MESSAGE' ? event.data.payload.reason ?? null : null),
      declines: ({ context }) => context.declines + 1,
    }),
  },
}).createMachine({
  id: 'directDebitMandate',
  context: ({ input }) => ({ consentUrl: input.consentUrl, reference: null, reason: null, declines: 0 }),
  initial: 'consenting',
  states: {
    consenting: {
      invoke: { id: 'consentPage', src: 'consentListener' },
      initial: 'loading',
      states: { loading: {}, ready: {} },
      on: {
        'CONSENT.MESSAGE': [
          { guard: 'isLoaded', target: '.ready' },
          { guard: 'isAuthorised', target: 'authorised', actions: 'keepReference' },
          { target: 'declined', actions: ['keepReference', 'countDecline'] },
        ],
        CANCEL: 'cancelled',
      },
    },
    declined: {
      on: { RETRY: { guard: 'canRetry', target: 'consenting' }, CANCEL: 'cancelled' },
    },
    authorised: { type: 'final' },
    cancelled: { type: 'final' },
  },
});

export function MandateConsent({ consentUrl, onDone }: { consentUrl: string; onDone: (reference: string) => void }) {
  const [snapshot, send] = useMachine(mandateMachine, { input: { consentUrl } });

  useEffect(() => {
    if (snapshot.matches('authorised') && snapshot.context.reference) onDone(snapshot.context.reference);
  }, [snapshot, onDone]);

  if (snapshot.matches('authorised')) return <p>Your Direct Debit is set up.</p>;
  if (snapshot.matches('cancelled')) return null;
  if (snapshot.matches('declined')) {
    return (
      <div role="alert" className="mandate mandate--declined">
        <p>Your bank did not authorise the mandate ({snapshot.context.reason ?? 'no reason given'}).</p>
        {snapshot.can({ type: 'RETRY' }) ? (
          <button type="button" onClick={() => send({ type: 'RETRY' })}>Try again</button>
        ) : (
          <p>Please set up the Direct Debit from your online banking instead.</p>
        )}
      </div>
    );
  }

  return (
    <div className="mandate">
      {snapshot.matches({ consenting: 'loading' }) && <p className="mandate__hint">Connecting to your bank…</p>}
      <iframe
        title="Authorise your Direct Debit"
        className="mandate__frame"
        src={snapshot.context.consentUrl}
        allow="clipboard-write"
      />
      <button type="button" className="link" onClick={() => send({ type: 'CANCEL' })}>Not now</button>
    </div>
  );
}
