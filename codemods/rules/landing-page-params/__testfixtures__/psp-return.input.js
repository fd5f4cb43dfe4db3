// A payment service provider's return page: same parameter names, but PSP status values.
const params = new URLSearchParams(location.search);
const status = params.get('transactionStatus');
const reference = params.get('transactionReference');
if (status === 'APPROVED') {
  showReceipt(reference);
} else if (status === 'DECLINED') {
  showDeclined();
}
