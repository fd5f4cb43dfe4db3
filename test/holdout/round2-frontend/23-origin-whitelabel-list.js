// Our white-label Netverify domains (US and EU data centres).
const JUMIO_ORIGINS = ['https://acme.netverify.com', 'https://acme.lon.netverify.com'];

export function attachJumioListener(store) {
  function handler(event) {
    if (JUMIO_ORIGINS.indexOf(event.origin) === -1) return;
    const data = JSON.parse(event.data);
    store.commit('kyc/event', {
      type: data.payload.value,
      reference: data.transactionReference,
      at: data.dateTime,
    });
  }
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}
