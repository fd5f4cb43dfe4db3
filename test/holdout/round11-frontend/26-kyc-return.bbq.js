/* Identity check landing page (jQuery BBQ). Netverify redirects here after the journey. */
$(function () {
  var q = $.deparam.querystring();
  if (q.transactionStatus === 'SUCCESS') {
    $('#kyc-ok').show().find('.ref').text(q.transactionReference);
  } else {
    $('#kyc-failed').show().find('.code').text(q.errorCode || '');
  }
});
