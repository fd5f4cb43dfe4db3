import { defineStore } from 'pinia';

// Options store: the identity step's state, fed by the Netverify web client's postMessage events.
export const useKycStore = defineStore('kyc', {
  state: () => ({ reference: '' as string, loaded: false, errorCode: null as number | null }),
  actions: {
    listen() {
      window.addEventListener('message', this.onNetverifyMessage);
    },
    stop() {
      window.removeEventListener('message', this.onNetverifyMessage);
    },
    onNetverifyMessage(event: MessageEvent) {
      if (typeof event.data !== 'string') return;
      const data = JSON.parse(event.data);
      if (data.payload?.value === 'loaded') this.loaded = true;
      if (data.payload?.value === 'success') this.reference = data.transactionReference;
      if (data.payload?.value === 'error') this.errorCode = data.payload.metainfo?.code ?? null;
    },
  },
});
