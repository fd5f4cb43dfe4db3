import { defineStore } from 'pinia';

// Options store for the Flutterwave inline checkout's events.
export const usePaymentStore = defineStore('payment', {
  state: () => ({ reference: '', status: '' }),
  actions: {
    listen() {
      window.addEventListener('message', this.onCheckoutMessage);
    },
    onCheckoutMessage(event: MessageEvent) {
      if (event.origin !== 'https://checkout.flutterwave.com') return;
      const data = JSON.parse(event.data);
      this.status = data.status;
      if (data.payload?.value === 'success') this.reference = data.transactionReference;
    },
  },
});
