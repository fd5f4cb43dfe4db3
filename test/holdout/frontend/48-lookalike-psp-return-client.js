// Flutterwave redirect landing page
const q = new URLSearchParams(location.search);
const status = q.get('transactionStatus');
const ref = q.get('transactionReference');
const txId = q.get('transaction_id');
if (status === 'successful') {
  fetch('/api/payments/verify', { method: 'POST', body: JSON.stringify({ ref, txId }) });
}
