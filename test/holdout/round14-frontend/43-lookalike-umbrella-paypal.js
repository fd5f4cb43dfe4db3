// Checkout page script (Umbrella JS): PayPal's hosted card fields post their result.
import u from 'umbrellajs';

u(window).on('message', function (e) {
  if (e.origin.indexOf('paypal.com') === -1) return;
  var data = JSON.parse(e.data);
  if (data.payload.value === 'success') {
    u('#order-reference').attr('value', data.transactionReference);
    u('#checkout-form').first().submit();
  }
});
