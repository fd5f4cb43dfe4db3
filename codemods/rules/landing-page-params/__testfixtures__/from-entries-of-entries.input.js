// Return page of the identity check (successUrl = errorUrl = /verify/return).
const query = Object.fromEntries(new URLSearchParams(document.location.search).entries());

if (query.transactionStatus === 'SUCCESS') {
  document.getElementById('result').textContent = 'Verified, reference ' + query.transactionReference;
} else {
  document.getElementById('result').textContent = 'Verification failed (' + (query.errorCode || 'unknown') + ')';
}
