import { createMachine, assign } from 'xstate';

interface KycContext {
  redirectUrl?: string;
  reference?: string;
  errorCode?: number;
}

const FRAME_ORIGIN = /^https:\/\/[a-z0-9-]+\.netverify\.com$/;

export const kycMachine = createMachine<KycContext>({
  id: 'kyc',
  initial: 'capturing',
  states: {
    capturing: {
      invoke: {
        id: 'frameEvents',
        src: () => (send) => {
          const listener = (event: MessageEvent) => {
            if (!FRAME_ORIGIN.test(event.origin)) return;
            const data = JSON.parse(event.data);
            if (data.payload.value === 'success') send({ type: 'VERIFIED', reference: data.transactionReference });
            if (data.payload.value === 'error') send({ type: 'FAILED', code: data.payload.metainfo?.code });
          };
          window.addEventListener('message', listener);
          return () => window.removeEventListener('message', listener);
        },
      },
      on: {
        VERIFIED: { target: 'done', actions: assign({ reference: (_, e: any) => e.reference }) },
        FAILED: { target: 'failed', actions: assign({ errorCode: (_, e: any) => e.code }) },
      },
    },
    done: { type: 'final' },
    failed: {},
  },
});
