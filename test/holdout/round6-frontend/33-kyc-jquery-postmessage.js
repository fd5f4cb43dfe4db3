// Uses Ben Alman's jQuery postMessage plugin ($.receiveMessage), still bundled with our legacy checkout pages.
$(function () {
  var $frame = $('#jumio-frame');
  $frame.attr('src', $frame.data('redirect-url'));

  $.receiveMessage(function (e) {
    var data = JSON.parse(e.data);
    if (data.payload.value === 'success') {
      $('#kyc-reference').val(data.transactionReference);
      $('#kyc-form').submit();
    }
  }, 'https://acme.netverify.com');
});
