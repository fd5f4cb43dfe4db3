import qs from 'qs';

// Landing page for Netverify's success/error redirect.
const { transactionStatus, transactionReference, errorCode } = qs.parse(window.location.search, { ignoreQueryPrefix: true });

const title = document.querySelector('#kyc-title');
if (transactionStatus === 'SUCCESS') {
  title.textContent = 'Identity check submitted';
  document.querySelector('#kyc-ref').textContent = transactionReference;
} else {
  title.textContent = 'Identity check failed';
  document.querySelector('#kyc-error').textContent = errorCode || '';
}
