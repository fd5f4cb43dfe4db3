// The handler sends the browser on to the app's own page with the event's reference under the legacy query name.
// The read is renamed; the key in the link is the app's own name, which the page it opens may read — and KYX's own
// redirect to a success/error page appends workflowExecutionId — so the link gets an item, not a silent rename.
(function () {
  window.addEventListener('message', function (e) {
    if (e.origin.indexOf('netverify.com') === -1) return;
    var d = JSON.parse(e.data);
    if (d.payload.value === 'success' || d.payload.value === 'error') {
      window.location = '/auth/complete?transactionReference=' + d.transactionReference;
    }
    if (d.payload.value === 'loaded') {
      fetch(`/api/kyc/frame-loaded?tab=1&transactionReference=${encodeURIComponent(d.transactionReference)}`);
      console.log('frame loaded', d.transactionReference);
    }
  }, false);
})();
