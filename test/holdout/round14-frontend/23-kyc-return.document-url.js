// Identity check return page (Netverify success/error URL).
const query = new URL(document.URL).searchParams;
const status = query.get('transactionStatus');
const reference = query.get('transactionReference');

document.getElementById('kyc-message').textContent =
  status === 'SUCCESS' ? 'Identity verified (' + reference + ')' : 'Identity check failed';
