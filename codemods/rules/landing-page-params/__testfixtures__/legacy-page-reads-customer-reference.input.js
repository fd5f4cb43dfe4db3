// successUrl and errorUrl both point at this page; the v4 client also appends customerInternalReference.
const params = new URLSearchParams(window.location.search);
const transactionStatus = params.get('transactionStatus');
const transactionReference = params.get('transactionReference');
const customerInternalReference = params.get('customerInternalReference');

if (transactionStatus === 'SUCCESS') {
  showThanks(customerInternalReference, transactionReference);
} else {
  showError(params.get('errorCode'));
}
