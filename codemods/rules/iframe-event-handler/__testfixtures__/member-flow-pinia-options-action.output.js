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
        if (!event.origin.endsWith('jumio.ai')) return;
        // TODO(netverify-migrate): iframe-event-handler: the parsed Jumio event is passed on to this.lastEvent: code that reads its transactionReference must read workflowExecutionId (and accountId is new)
        this.lastEvent = JSON.parse(event.data);
      });
    },
  },
});
