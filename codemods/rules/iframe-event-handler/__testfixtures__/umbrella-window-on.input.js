// Umbrella JS: u(window).on('message', fn) hands fn the native MessageEvent.
import u from 'umbrellajs';

u(window).on('message', function (e) {
  if (e.origin.indexOf('netverify.com') === -1) return;
  var data = JSON.parse(e.data);
  if (data.payload.value === 'success') u('#kyc-reference').attr('value', data.transactionReference);
});
