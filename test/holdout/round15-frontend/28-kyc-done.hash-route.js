// Hash-routed SPA: the identity check returns to https://app.example.com/#/kyc/done?transactionStatus=…
export function renderKycDone(el) {
  const params = new URLSearchParams(window.location.hash.split('?')[1] || '');
  const status = params.get('transactionStatus');
  const reference = params.get('transactionReference');
  el.innerHTML = status === 'SUCCESS'
    ? `<h1>Verified</h1><p>Reference ${reference}</p>`
    : `<h1>Verification failed</h1><p>Code ${params.get('errorCode') || '-'}</p>`;
}
