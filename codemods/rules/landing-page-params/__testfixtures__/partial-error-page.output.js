const params = new URLSearchParams(window.location.search);
// TODO(netverify-migrate): landing-page-params: reads transactionReference, errorCode from the query: if this is a Jumio success/error page, KYX sends acquisitionStatus and workflowExecutionId instead of transactionStatus and transactionReference
const reference = params.get('transactionReference');
const code = params.get('errorCode');
document.querySelector('#msg').textContent = `Reference ${reference} failed with ${code}`;
