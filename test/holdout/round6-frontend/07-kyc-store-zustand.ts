import { create } from 'zustand';

type KycState = {
  status: 'idle' | 'loaded' | 'done' | 'failed';
  reference: string | null;
  errorCode: number | null;
  listen: () => () => void;
};

export const useKycStore = create<KycState>((set) => ({
  status: 'idle',
  reference: null,
  errorCode: null,
  listen: () => {
    const onMessage = (event: MessageEvent) => {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      switch (data.payload.value) {
        case 'loaded':
          set({ status: 'loaded' });
          break;
        case 'success':
          set({ status: 'done', reference: data.transactionReference });
          break;
        case 'error':
          set({ status: 'failed', reference: data.transactionReference, errorCode: data.payload.metainfo?.code ?? null });
          break;
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  },
}));
