// Interswitch-style return URL: ?transactionStatus=SUCCESS&transactionReference=...
const q = new URLSearchParams(window.location.search);
if (q.get('transactionStatus') === 'SUCCESS') {
  confirmOrder(q.get('transactionReference'));
} else {
  showCheckoutError(q.get('errorCode'));
}
