// Identity verification page: reacts to the web client's events (optional chaining everywhere, the client is flaky).
const KYC_ORIGIN = /^https:\/\/[\w-]+\.netverify\.com$/;

window.addEventListener('message', (e) => {
  if (!KYC_ORIGIN.test(e.origin)) return;
  const data = JSON.parse(e.data);
  switch (data?.payload?.value) {
    case 'success':
      fetch(`/api/kyc/${data?.['transactionReference']}/complete`, { method: 'POST' });
      break;
    case 'error':
      document.querySelector('#kyc-error').textContent = `Error ${data?.payload?.metainfo?.code ?? ''}`;
      break;
    default:
      break;
  }
});
