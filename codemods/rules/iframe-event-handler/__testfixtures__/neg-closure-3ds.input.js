// Closure Library: the card issuer's 3-D Secure challenge frame.
goog.module('acme.pay.ThreeDS');

const events = goog.require('goog.events');

events.listen(window, events.EventType.MESSAGE, (e) => {
  const event = e.getBrowserEvent();
  if (event.origin !== 'https://acs.cardissuer.example') return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') console.log('authorised', data.transactionReference);
});
