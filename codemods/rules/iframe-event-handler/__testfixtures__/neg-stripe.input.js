window.addEventListener('message', function (event) {
  if (event.origin !== 'https://js.stripe.com') return;
  var data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
  if (data.type === 'payment_intent.succeeded') {
    window.location = '/thanks?ref=' + data.transactionReference + '&v=' + data.payload.value;
  }
});
