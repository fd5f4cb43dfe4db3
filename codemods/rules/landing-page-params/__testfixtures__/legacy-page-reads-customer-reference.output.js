// successUrl and errorUrl both point at this page; the v4 client also appends customerInternalReference.
const params = new URLSearchParams(window.location.search);
const transactionStatus = params.get('acquisitionStatus');
const transactionReference = params.get('workflowExecutionId');
const customerInternalReference = params.get('customerInternalReference');

if (transactionStatus === 'SUCCESS') {
  showThanks(customerInternalReference, transactionReference);
} else {
  showError(params.get('errorCode'));
}
