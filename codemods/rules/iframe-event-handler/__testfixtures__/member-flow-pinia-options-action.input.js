import { defineStore } from 'pinia';

// A Pinia options store: its actions run with `this` the store, whose state declares lastEvent and whose getter (and
// every component using the store) reads it. Flagged.
export const useKycStore = defineStore('kyc', {
  state: () => ({ lastEvent: null }),
  getters: {
    reference: (state) => state.lastEvent?.transactionReference,
  },
  actions: {
    listen() {
      window.addEventListener('message', (event) => {
        if (!event.origin.endsWith('netverify.com')) return;
        this.lastEvent = JSON.parse(event.data);
      });
    },
  },
});
