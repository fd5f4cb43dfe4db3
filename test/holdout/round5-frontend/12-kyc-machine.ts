import { assign, fromCallback, setup } from 'xstate';

type KycEvent =
  | { type: 'KYC.LOADED' }
  | { type: 'KYC.DONE'; reference: string }
  | { type: 'KYC.FAILED'; code?: number };

/** Actor that listens to the Jumio Netverify iframe while the machine is in `verifying`. */
const netverifyListener = fromCallback<KycEvent>(({ sendBack }) => {
  const onMessage = (e: MessageEvent) => {
    if (!e.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(e.data);
    if (data.payload.value === 'loaded') sendBack({ type: 'KYC.LOADED' });
    else if (data.payload.value === 'success') sendBack({ type: 'KYC.DONE', reference: data.transactionReference });
    else if (data.payload.value === 'error') sendBack({ type: 'KYC.FAILED', code: data.payload.metainfo?.code });
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
});

export const kycMachine = setup({
  types: { context: {} as { reference?: string; code?: number }, events: {} as KycEvent },
  actors: { netverifyListener },
}).createMachine({
  id: 'kyc',
  initial: 'verifying',
  context: {},
  states: {
    verifying: {
      invoke: { src: 'netverifyListener' },
      on: {
        'KYC.DONE': { target: 'done', actions: assign({ reference: ({ event }) => event.reference }) },
        'KYC.FAILED': { target: 'failed', actions: assign({ code: ({ event }) => event.code }) },
      },
    },
    done: { type: 'final' },
    failed: {},
  },
});
