// kyc-result.js — loaded by /kyc/result (both successUrl and errorUrl point here)
import { track } from './analytics';

const params = new URLSearchParams(window.location.search);
const transactionStatus = params.get('transactionStatus');
const transactionReference = params.get('transactionReference');
const customerInternalReference = params.get('customerInternalReference');
const errorCode = params.get('errorCode');

const title = document.querySelector('#result-title');
if (transactionStatus === 'SUCCESS') {
  title.textContent = 'Thanks, we are checking your documents.';
  track('kyc_success', { transactionReference, customerInternalReference });
} else {
  title.textContent = 'Verification could not be completed.';
  track('kyc_error', { errorCode, customerInternalReference });
}
