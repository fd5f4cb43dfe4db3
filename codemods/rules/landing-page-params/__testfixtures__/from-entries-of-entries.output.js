// Return page of the identity check (successUrl = errorUrl = /verify/return).
const query = Object.fromEntries(new URLSearchParams(document.location.search).entries());

if (query.acquisitionStatus === 'SUCCESS') {
  document.getElementById('result').textContent = 'Verified, reference ' + query.workflowExecutionId;
} else {
  document.getElementById('result').textContent = 'Verification failed (' + (query.errorCode || 'unknown') + ')';
}
