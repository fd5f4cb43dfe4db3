// Identity step: the web client's events dispatched by payload.value to the functions of a table.
function onKycSuccess(data) {
  sessionStorage.setItem('kycReference', data.transactionReference);
}

const onKycEvent = {
  loaded: () => console.log('kyc loaded'),
  success: onKycSuccess,
  error(data) {
    console.warn('kyc error', data.payload.metainfo.code, data.transactionReference);
  },
};

window.addEventListener('message', (event) => {
  if (!event.origin.endsWith('.netverify.com')) return;
  const data = JSON.parse(event.data);
  onKycEvent[data.payload.value]?.(data);
});
