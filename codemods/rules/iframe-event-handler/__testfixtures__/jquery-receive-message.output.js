// Ben Alman's jQuery postMessage plugin: $.receiveMessage(callback, origin) calls back only for that origin.
$(function () {
  $.receiveMessage(function (e) {
    var data = JSON.parse(e.data);
    if (data.payload.value === 'success') {
      $('#kyc-reference').val(data.workflowExecutionId);
      $('#kyc-form').submit();
    }
  // TODO(netverify-migrate): iframe-event-handler: origin check now expects acme.web.amer-1.jumio.ai: the legacy host does not tell the region; the vendor states only the amer-1 web-client host (emea-1/apac-1 follow the shape seen in third-party code, not stated by the vendor); otherwise use acme.web.emea-1.jumio.ai or acme.web.apac-1.jumio.ai, or compare with new URL(web.href).origin
  }, 'https://acme.web.amer-1.jumio.ai');

  // The card partner's widget, through the same plugin: another origin, left alone.
  $.receiveMessage(function (e) {
    var data = JSON.parse(e.data);
    if (data.payload.value === 'success') $('#card-ref').val(data.transactionReference);
  }, 'https://widget.cardpartner.example');
});
