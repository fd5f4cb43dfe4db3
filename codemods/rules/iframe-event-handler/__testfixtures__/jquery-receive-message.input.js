// Ben Alman's jQuery postMessage plugin: $.receiveMessage(callback, origin) calls back only for that origin.
$(function () {
  $.receiveMessage(function (e) {
    var data = JSON.parse(e.data);
    if (data.payload.value === 'success') {
      $('#kyc-reference').val(data.transactionReference);
      $('#kyc-form').submit();
    }
  }, 'https://acme.netverify.com');

  // The card partner's widget, through the same plugin: another origin, left alone.
  $.receiveMessage(function (e) {
    var data = JSON.parse(e.data);
    if (data.payload.value === 'success') $('#card-ref').val(data.transactionReference);
  }, 'https://widget.cardpartner.example');
});
