// The handler sends the browser on to the app's own page with the event's reference under the legacy query name.
// The read is renamed; the key in the link is the app's own name, which the page it opens may read — and KYX's own
// redirect to a success/error page appends workflowExecutionId — so the link gets an item, not a silent rename.
(function () {
  window.addEventListener('message', function (e) {
    if (e.origin.indexOf('jumio.ai') === -1) return;
    var d = JSON.parse(e.data);
    if (d.payload.value === 'success' || d.payload.value === 'error') {
      // TODO(netverify-migrate): iframe-event-handler: the Jumio event's transactionReference goes on in this link as transactionReference= (the read now gives workflowExecutionId; the key is your own text): KYX's redirect to your success/error page appends workflowExecutionId, and landing-page-params renames what such pages read — if this link opens one of them, use workflowExecutionId= here too
      window.location = '/auth/complete?transactionReference=' + d.workflowExecutionId;
    }
    if (d.payload.value === 'loaded') {
      // TODO(netverify-migrate): iframe-event-handler: the Jumio event's transactionReference goes on in this link as transactionReference= (the read now gives workflowExecutionId; the key is your own text): KYX's redirect to your success/error page appends workflowExecutionId, and landing-page-params renames what such pages read — if this link opens one of them, use workflowExecutionId= here too
      fetch(`/api/kyc/frame-loaded?tab=1&transactionReference=${encodeURIComponent(d.workflowExecutionId)}`);
      console.log('frame loaded', d.workflowExecutionId);
    }
  }, false);
})();
