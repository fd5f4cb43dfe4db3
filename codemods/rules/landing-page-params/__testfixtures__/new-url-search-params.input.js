const url = new URL(window.location.href);
const status = url.searchParams.get('transactionStatus');
const ref = url.searchParams.get('transactionReference');
render(status, ref);
