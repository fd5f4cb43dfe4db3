// zustand store of the identity step (already on KYX).
import { create } from 'zustand';

type KycState = {
  phase: 'idle' | 'ready' | 'done' | 'failed';
  reference?: string;
  account?: string;
  start: () => () => void;
  onFrameMessage: (event: MessageEvent) => void;
};

export const useKycStore = create<KycState>()((set, get) => ({
  phase: 'idle',
  start: () => {
    const handler = get().onFrameMessage;
    window.addEventListener('message', handler);
    return () => window.removeEventListener('message', handler);
  },
  onFrameMessage: (event) => {
    if (!event.origin.endsWith('.jumio.ai')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'loaded') set({ phase: 'ready' });
    else if (data.payload.value === 'success') set({ phase: 'done', reference: data.workflowExecutionId, account: data.accountId });
    else set({ phase: 'failed', reference: data.workflowExecutionId });
  },
}));
