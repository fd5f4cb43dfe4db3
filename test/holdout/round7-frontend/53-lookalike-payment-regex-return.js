// Card payment return page (Paystack inline redirect): read the query with regular expressions.
(function () {
  var q = window.location.search;
  var status = (/[?&]transactionStatus=([^&]*)/.exec(q) || [])[1];
  var reference = (/[?&]transactionReference=([^&]*)/.exec(q) || [])[1];
  var amount = (/[?&]amount=([^&]*)/.exec(q) || [])[1];
  document.getElementById('payment-result').textContent =
    status === 'APPROVED' ? 'Paid ' + amount + ' (ref ' + reference + ')' : 'Payment declined';
})();
