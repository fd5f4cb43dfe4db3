// Recoil atom fed by the Netverify web client's postMessage events.
import { atom } from 'recoil';

type KycResult = { reference: string; status: 'verified' | 'failed' } | null;

export const kycResultState = atom<KycResult>({
  key: 'kycResult',
  default: null,
  effects: [
    ({ setSelf }) => {
      const onMessage = (e: MessageEvent) => {
        if (!e.origin.endsWith('.netverify.com')) return;
        const data = JSON.parse(e.data) as { transactionReference: string; payload: { value: string } };
        if (data.payload.value === 'success') setSelf({ reference: data.transactionReference, status: 'verified' });
        if (data.payload.value === 'error') setSelf({ reference: data.transactionReference, status: 'failed' });
      };
      window.addEventListener('message', onMessage);
      return () => window.removeEventListener('message', onMessage);
    },
  ],
});
