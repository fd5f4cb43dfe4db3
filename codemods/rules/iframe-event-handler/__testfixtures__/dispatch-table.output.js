// Identity step: the web client's events dispatched by payload.value to the functions of a table.
function onKycSuccess(data) {
  sessionStorage.setItem('kycReference', data.workflowExecutionId);
}

const onKycEvent = {
  loaded: () => console.log('kyc loaded'),
  success: onKycSuccess,
  error(data) {
    console.warn('kyc error', data.payload.metainfo.code, data.workflowExecutionId);
  },
};

window.addEventListener('message', (event) => {
  if (!event.origin.endsWith('.jumio.ai')) return;
  const data = JSON.parse(event.data);
  onKycEvent[data.payload.value]?.(data);
});
