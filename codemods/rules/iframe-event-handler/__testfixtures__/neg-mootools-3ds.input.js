/* Joomla shop: the card issuer's 3-D Secure challenge (MooTools 1.4). */
window.addEvent('message', function (e) {
  var event = e.event;
  if (event.origin !== 'https://acs.cardissuer.example') return;
  var data = JSON.decode(event.data);
  if (data.payload.value === 'success') document.id('threeds-ref').set('value', data.transactionReference);
});
