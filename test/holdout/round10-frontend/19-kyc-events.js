// The identity step's message handling, as one object of functions (imported by 19-mount-kyc.js).
export default {
  onMessage(event) {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      window.location.href = `/kyc/done?ref=${encodeURIComponent(data.transactionReference)}`;
    }
  },
};
