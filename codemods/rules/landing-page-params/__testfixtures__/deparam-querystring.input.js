/* Identity check landing page (jQuery BBQ). Netverify redirects here after the journey. */
$(function () {
  var q = $.deparam.querystring();
  if (q.transactionStatus === 'SUCCESS') {
    $('#kyc-ok').show().find('.ref').text(q.transactionReference);
  } else {
    $('#kyc-failed').show().find('.code').text(q.errorCode || '');
  }
  var again = jQuery.deparam(window.location.search.substring(1));
  $('#retry').toggle(again.transactionStatus === 'ERROR' && !!again.transactionReference);
});
