// A payment return page with its own query parser: PSP words, left alone or flagged, never renamed.
function getQueryParams() {
  return Object.fromEntries(new URLSearchParams(location.search));
}

function confirmPayment() {
  var q = getQueryParams();
  if (q.transactionStatus === 'APPROVED') submitOrder(q.transactionReference, q.amount);
}
