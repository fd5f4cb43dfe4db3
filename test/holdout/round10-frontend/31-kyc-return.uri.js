// Identity-check return page (URI.js): the success and error URL of the Jumio initiate call.
import URI from 'urijs';

const query = URI(window.location.href).search(true);

if (query.transactionStatus === 'SUCCESS') {
  document.querySelector('#kyc-result').textContent = `Verified, reference ${query.transactionReference}`;
} else {
  document.querySelector('#kyc-result').textContent = `Verification failed (${query.errorCode || 'unknown'})`;
}
