// Closure Library: the card issuer's 3-D Secure challenge frame.
goog.module('acme.pay.ThreeDS');

const EventHandler = goog.require('goog.events.EventHandler');
const EventType = goog.require('goog.events.EventType');

class ThreeDS {
  constructor(onAuthorised) {
    this.onAuthorised_ = onAuthorised;
    this.handler_ = new EventHandler(this);
    this.handler_.listen(window, EventType.MESSAGE, this.handleMessage_);
  }

  handleMessage_(e) {
    const event = e.getBrowserEvent();
    if (event.origin !== 'https://acs.cardissuer.example') return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.onAuthorised_(data.transactionReference);
  }
}

exports = ThreeDS;
