// Checkout (YUI 3): the PayPal in-context frame posts the payment's transactionReference.
YUI().use('node', 'event', 'json-parse', function (Y) {
  Y.on('message', function (e) {
    var evt = e._event;
    if (evt.origin.indexOf('paypal.com') === -1) {
      return;
    }
    var data = Y.JSON.parse(evt.data);
    if (data.payload.value === 'success') {
      Y.one('#payment-reference').set('value', data.transactionReference);
      Y.one('#checkout-form').submit();
    }
  }, Y.config.win);
});
