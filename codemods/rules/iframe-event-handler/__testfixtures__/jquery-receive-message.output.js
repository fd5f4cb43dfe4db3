// Ben Alman's jQuery postMessage plugin: $.receiveMessage(callback, origin) listens on the window.
$(function () {
  // TODO(netverify-migrate): iframe-event-handler: this identity-check message handler reads transactionReference and payload.value like the legacy Jumio web client's events, but nothing proves it handles them (no origin check, no Jumio name): if it does, read workflowExecutionId instead of transactionReference (accountId is new) and check event.origin against the KYX web client (*.web.<region>.jumio.ai)
  $.receiveMessage(function (e) {
    var data = JSON.parse(e.data);
    if (data.payload.value === 'success') {
      $('#kyc-reference').val(data.transactionReference);
      $('#kyc-form').submit();
    }
  }, 'https://acme.netverify.com');
});
