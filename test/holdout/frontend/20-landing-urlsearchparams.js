// /kyc/result page: Jumio redirects here with ?transactionStatus=…&transactionReference=…
const params = new URLSearchParams(window.location.search);
const status = params.get('transactionStatus');
const reference = params.get('transactionReference');
const errorCode = params.get('errorCode');

const el = document.getElementById('result');
if (status === 'SUCCESS') {
  el.textContent = 'Thanks! Reference ' + reference;
} else {
  el.textContent = 'Verification failed (' + errorCode + ')';
  if (errorCode === '9836') {
    el.textContent += ' — too many attempts';
  }
}
