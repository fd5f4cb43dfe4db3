// The handler sends the browser on to the app's own page with legacy redirect parameters in the query (the event's
// reference as transactionReference=, a status as transactionStatus=). The read is renamed; the key in the link is the
// app's own name, which the page it opens reads — and KYX's own redirect to a success/error page appends
// workflowExecutionId / acquisitionStatus — so the link gets an item, not a silent rename.
(function () {
  window.addEventListener('message', function (e) {
    if (e.origin.indexOf('jumio.ai') === -1) return;
    var d = JSON.parse(e.data);
    if (d.payload.value === 'success' || d.payload.value === 'error') {
      // TODO(netverify-migrate): iframe-event-handler: the legacy redirect parameter transactionReference= in this link is your own text, read by the page it opens: KYX's redirect to your success/error page appends workflowExecutionId instead, and landing-page-params renames what such pages read — if this link opens one of them, use workflowExecutionId= here too
      window.location = '/auth/complete?transactionReference=' + d.workflowExecutionId;
    }
    if (d.payload.value === 'error') {
      // TODO(netverify-migrate): iframe-event-handler: the legacy redirect parameter transactionStatus= in this link is your own text, read by the page it opens: KYX's redirect to your success/error page appends acquisitionStatus instead, and landing-page-params renames what such pages read — if this link opens one of them, use acquisitionStatus= here too
      location.assign(`/auth/complete?transactionStatus=ERROR&errorCode=${d.payload.metainfo.code}`);
    }
    if (d.payload.value === 'loaded') {
      // TODO(netverify-migrate): iframe-event-handler: the legacy redirect parameter transactionReference= in this link is your own text, read by the page it opens: KYX's redirect to your success/error page appends workflowExecutionId instead, and landing-page-params renames what such pages read — if this link opens one of them, use workflowExecutionId= here too
      fetch(`/api/kyc/frame-loaded?tab=1&transactionReference=${encodeURIComponent(d.workflowExecutionId)}`);
      console.log('frame loaded', d.workflowExecutionId);
    }
  }, false);
})();
