// The handler sends the browser on to the app's own page with legacy redirect parameters in the query (the event's
// reference as transactionReference=, a status as transactionStatus=). The read is renamed; the key in the link is the
// app's own name, which the page it opens reads — and KYX's own redirect to a success/error page appends
// workflowExecutionId / acquisitionStatus — so the link gets an item, not a silent rename.
(function () {
  window.addEventListener('message', function (e) {
    if (e.origin.indexOf('netverify.com') === -1) return;
    var d = JSON.parse(e.data);
    if (d.payload.value === 'success' || d.payload.value === 'error') {
      window.location = '/auth/complete?transactionReference=' + d.transactionReference;
    }
    if (d.payload.value === 'error') {
      location.assign(`/auth/complete?transactionStatus=ERROR&errorCode=${d.payload.metainfo.code}`);
    }
    if (d.payload.value === 'loaded') {
      fetch(`/api/kyc/frame-loaded?tab=1&transactionReference=${encodeURIComponent(d.transactionReference)}`);
      console.log('frame loaded', d.transactionReference);
    }
  }, false);
})();
