// Written for KYX by hand: the handler reads workflowExecutionId and passes it on under the app's own key. Nothing
// here is legacy, and no earlier run left a marker: the file stays byte-identical, with no item.
(function () {
  window.addEventListener('message', function (e) {
    if (!/\.web\.amer-1\.jumio\.ai$/.test(new URL(e.origin).hostname)) return;
    var d = JSON.parse(e.data);
    if (d.payload.value === 'success') {
      window.location = '/auth/complete?transactionReference=' + d.workflowExecutionId;
    }
  }, false);
})();
