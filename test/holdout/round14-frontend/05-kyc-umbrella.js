// Identity check page script (Umbrella JS, no jQuery).
import u from 'umbrellajs';

u(window).on('message', function (e) {
  if (e.origin.indexOf('netverify.com') === -1) return;
  var data = JSON.parse(e.data);
  if (data.payload.value === 'success') {
    u('#kyc-reference').attr('value', data.transactionReference);
    u('#kyc-form').first().submit();
  } else if (data.payload.value === 'error') {
    u('#kyc-error').removeClass('hidden');
  }
});
