// Landing page script of /verify/return.html (Jumio successUrl and errorUrl).
const params = URL.parse(window.location.href)?.searchParams;
const status = params?.get('transactionStatus');
const reference = params?.get('transactionReference');

const title = document.querySelector('#title');
if (status === 'SUCCESS') {
  title.textContent = 'Identity submitted';
  document.querySelector('#reference').textContent = reference ?? '';
} else {
  title.textContent = 'Identity check failed';
  document.querySelector('#code').textContent = params?.get('errorCode') ?? '';
}
