// Ben Alman's jQuery postMessage plugin: $.receiveMessage(callback, origin) listens on the window.
$(function () {
  $.receiveMessage(function (e) {
    var data = JSON.parse(e.data);
    if (data.payload.value === 'success') {
      $('#kyc-reference').val(data.transactionReference);
      $('#kyc-form').submit();
    }
  }, 'https://acme.netverify.com');
});
