window.onmessage = function (e) {
  var msg = JSON.parse(e.data);
  if (msg.payload && msg.payload.value === 'success') {
    paypalCheckout.finish(msg.transactionReference, msg.authorizationToken, msg.paymentId);
  }
};
