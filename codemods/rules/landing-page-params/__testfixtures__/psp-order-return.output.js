// Interswitch-style return URL: ?transactionStatus=SUCCESS&transactionReference=...
const q = new URLSearchParams(window.location.search);
// TODO(netverify-migrate): landing-page-params: reads transactionStatus, transactionReference, errorCode from the query, but the code around it is about payments ('confirmOrder'): if this is a Jumio success/error page, KYX sends acquisitionStatus and workflowExecutionId instead
if (q.get('transactionStatus') === 'SUCCESS') {
  confirmOrder(q.get('transactionReference'));
} else {
  showCheckoutError(q.get('errorCode'));
}
