// @xstate/store holding the identity step's state, fed by the frame's events.
import { createStore } from '@xstate/store';

export const kycStore = createStore({
  context: { phase: 'idle' as 'idle' | 'ready' | 'done' | 'failed', reference: null as string | null, code: null as number | null },
  on: {
    ready: (ctx) => ({ ...ctx, phase: 'ready' as const }),
    done: (ctx, ev: { reference: string }) => ({ ...ctx, phase: 'done' as const, reference: ev.reference }),
    failed: (ctx, ev: { reference: string; code: number }) => ({ ...ctx, phase: 'failed' as const, reference: ev.reference, code: ev.code }),
  },
});

function onFrameMessage(event: MessageEvent) {
  if (!/^https:\/\/[a-z0-9-]+\.netverify\.com$/.test(event.origin)) return;
  const data = JSON.parse(event.data);
  switch (data.payload.value) {
    case 'loaded':
      kycStore.send({ type: 'ready' });
      break;
    case 'success':
      kycStore.send({ type: 'done', reference: data.transactionReference });
      break;
    case 'error':
      kycStore.send({ type: 'failed', reference: data.transactionReference, code: data.payload.metainfo.code });
      break;
  }
}

window.addEventListener('message', onFrameMessage);
