// jQuery page script: the identity (Jumio) step listens with handler data.
$(function () {
  function onKycMessage(e) {
    if (e.data.step !== 'kyc') return;
    var msg = JSON.parse(e.originalEvent.data);
    if (msg.payload.value === 'success') {
      $('#kyc-ref').val(msg.transactionReference);
      $('#kyc-form').trigger('submit');
    } else if (msg.payload.value === 'error') {
      $('#kyc-error').text('Error ' + msg.payload.metainfo.code).show();
    }
  }
  $(window).on('message', { step: 'kyc' }, onKycMessage);
});
