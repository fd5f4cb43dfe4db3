import { atom } from 'jotai';

export interface KycState {
  step: 'idle' | 'loaded' | 'success' | 'error';
  reference?: string;
  code?: number;
}

export const kycAtom = atom<KycState>({ step: 'idle' });

kycAtom.onMount = (set) => {
  const handler = (e: MessageEvent) => {
    if (e.origin.indexOf('netverify.com') === -1) return;
    const data = JSON.parse(e.data);
    if (data.payload.value === 'error') {
      set({ step: 'error', code: data.payload.metainfo.code, reference: data.transactionReference });
    } else {
      set({ step: data.payload.value, reference: data.transactionReference });
    }
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
};
