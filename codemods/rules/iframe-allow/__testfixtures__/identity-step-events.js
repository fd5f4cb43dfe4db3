// Support file for imported-object-handler.input.js (not a fixture itself): the identity step's message handling,
// one default-exported object of functions.
export default {
  onMessage(event) {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      window.location.assign(`/kyc/done?ref=${encodeURIComponent(data.transactionReference)}`);
    } else if (data.payload.value === 'error') {
      console.warn('identity check failed', data.payload.metainfo.code);
    }
  },
  onResize() {
    document.body.classList.toggle('narrow', window.innerWidth < 600);
  },
};
