// SPA with hash routing; Jumio's successUrl is https://app.example.com/#/kyc/done?…
window.addEventListener('hashchange', render);
render();

function render() {
  if (!location.hash.startsWith('#/kyc/done')) return;
  const params = new URLSearchParams(location.hash.split('?')[1] || '');
  const status = params.get('transactionStatus');
  const reference = params.get('transactionReference');
  document.querySelector('#app').innerHTML =
    status === 'SUCCESS'
      ? '<h1>Identity verification submitted</h1><p>Ref ' + reference + '</p>'
      : '<h1>Verification failed</h1><p>Code ' + (params.get('errorCode') || '?') + '</p>';
}
