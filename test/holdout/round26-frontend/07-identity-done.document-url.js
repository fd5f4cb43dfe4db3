// Landing page of the identity check (the web client's successUrl and errorUrl).
const query = new URL(document.URL).searchParams;
const status = query.get('transactionStatus');
const reference = query.get('transactionReference');
const banner = document.querySelector('#identity-banner');

if (status === 'SUCCESS') {
  banner.textContent = `Identity verified (reference ${reference}).`;
} else {
  banner.textContent = `Identity check failed, code ${query.get('errorCode') ?? 'unknown'}.`;
}
