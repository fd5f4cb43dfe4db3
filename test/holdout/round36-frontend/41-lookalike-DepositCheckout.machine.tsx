// Deposit payment of the car-rental booking (XState v5 + @xstate/react). The machine's `paying` state invokes a
// callback actor that listens to Flutterwave's hosted checkout in the component's iframe and sends the machine one
// event per message, mapped by `toMachineEvent`; the actor's `receive` detaches the listener when the customer
// cancels. A declined card may be retried, any other failure ends the machine.
import { assign, fromCallback, setup } from 'xstate';
import { useMachine } from '@xstate/react';

const CHECKOUT_ORIGIN = 'https://checkout.flutterwave.com';

interface CheckoutMessage {
  transactionReference: string;
  flwRef: string;
  amount: number;
  currency: string;
  payload: { value: 'opened' | 'completed' | 'declined' | 'failed'; metainfo?: { code: number } };
}

type DepositEvent =
  | { type: 'checkout.opened' }
  | { type: 'checkout.completed'; reference: string; amount: number }
  | { type: 'checkout.failed'; reference: string; retryable: boolean }
  | { type: 'cancel' }
  | { type: 'retry' };

function toMachineEvent(message: CheckoutMessage): DepositEvent | null {
  switch (message.payload.value) {
    case 'opened':
      return { type: 'checkout.opened' };
    case 'completed':
      return { type: 'checkout.completed', reference: message.transactionReference, amount: message.amount };
    case 'declined':
    case 'failed':
      // A declined card may be retried with another card; a failed charge may not.
      return { type: 'checkout.failed', reference: message.transactionReference, retryable: message.payload.value === 'declined' };
    default:
      return null;
  }
}

export const depositMachine = setup({
  types: {
    context: {} as { checkoutUrl: string; reference: string | null; amount: number | null },
    events: {} as DepositEvent,
    input: {} as { checkoutUrl: string },
  },
  actors: {
    checkoutEvents: fromCallback<DepositEvent>(({ sendBack, receive }) => {
      function onMessage(event: MessageEvent<string>) {
        if (event.origin !== CHECKOUT_ORIGIN) return;
        let message: CheckoutMessage;
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
  id: 'depositCheckout',
  context: ({ input }) => ({ checkoutUrl: input.checkoutUrl, reference: null, amount: null }),
  initial: 'paying',
  states: {
    paying: {
      invoke: { id: 'checkout', src: 'checkoutEvents' },
      on: {
        'checkout.completed': {
          target: 'paid',
          actions: assign({ reference: ({ event }) => event.reference, amount: ({ event }) => event.amount }),
        },
        'checkout.failed': [
          { guard: ({ event }) => event.retryable, target: 'retrying' },
          { target: 'failed', actions: assign({ reference: ({ event }) => event.reference }) },
        ],
        cancel: { target: 'cancelled' },
      },
    },
    retrying: { on: { retry: 'paying' } },
    paid: { type: 'final' },
    failed: { type: 'final' },
    cancelled: { type: 'final' },
  },
});

export function DepositCheckout({ checkoutUrl }: { checkoutUrl: string }) {
  const [snapshot, send] = useMachine(depositMachine, { input: { checkoutUrl } });

  if (snapshot.matches('paid')) return <p>Deposit received. Your booking is confirmed.</p>;
  if (snapshot.matches('cancelled')) return <p>You can pay the deposit later from your booking page.</p>;
  if (snapshot.matches('failed')) return <p role="alert">The payment did not go through. Please contact us.</p>;
  if (snapshot.matches('retrying')) {
    return (
      <button type="button" onClick={() => send({ type: 'retry' })}>
        Try another card
      </button>
    );
  }
  return (
    <div className="deposit-checkout">
      <iframe title="Pay the deposit" src={snapshot.context.checkoutUrl} allow="payment" />
      <button type="button" onClick={() => send({ type: 'cancel' })}>
        Cancel
      </button>
    </div>
  );
}
