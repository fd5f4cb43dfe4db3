// assets/js/hooks/jumio_frame.js: Phoenix LiveView hook on the identity-check iframe.
export const JumioFrame = {
  mounted() {
    this.onMessage = (event) => {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') {
        this.pushEvent('kyc_submitted', { reference: data.transactionReference });
      } else if (data.payload.value === 'error') {
        this.pushEvent('kyc_failed', { code: data.payload.metainfo.code, reference: data.transactionReference });
      }
    };
    window.addEventListener('message', this.onMessage);
  },
  destroyed() {
    window.removeEventListener('message', this.onMessage);
  },
};
