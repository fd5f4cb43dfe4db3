// YUI 3 checkout: the PayPal in-context frame posts the payment's transactionReference.
YUI().use('node', 'event', 'json-parse', function (Y) {
  Y.on('message', function (e) {
    if (e._event.origin.indexOf('paypal.com') === -1) return;
    var data = Y.JSON.parse(e._event.data);
    if (data.payload.value === 'success') Y.one('#payment-reference').set('value', data.transactionReference);
  }, Y.config.win);
});
