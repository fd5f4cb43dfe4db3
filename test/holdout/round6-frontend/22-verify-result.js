import queryString from 'query-string';

// Result page of the identity check (successUrl and errorUrl point here).
export function renderVerifyResult(root) {
  const { transactionStatus, transactionReference, errorCode } = queryString.parse(window.location.search);
  if (transactionStatus === 'SUCCESS') {
    root.innerHTML = `<h1>Thank you</h1><p>Reference ${transactionReference}</p>`;
  } else {
    root.innerHTML = `<h1>Verification failed</h1><p>Code ${errorCode}</p>`;
  }
}
