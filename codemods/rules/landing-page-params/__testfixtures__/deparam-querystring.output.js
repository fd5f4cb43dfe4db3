/* Identity check landing page (jQuery BBQ). Netverify redirects here after the journey. */
$(function () {
  var q = $.deparam.querystring();
  if (q.acquisitionStatus === 'SUCCESS') {
    $('#kyc-ok').show().find('.ref').text(q.workflowExecutionId);
  } else {
    $('#kyc-failed').show().find('.code').text(q.errorCode || '');
  }
  var again = jQuery.deparam(window.location.search.substring(1));
  $('#retry').toggle(again.acquisitionStatus === 'ERROR' && !!again.workflowExecutionId);
});
