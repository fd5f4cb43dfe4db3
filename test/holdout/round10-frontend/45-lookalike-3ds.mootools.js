/* Joomla 3 component com_acmeshop: media/com_acmeshop/js/threeds.js (MooTools 1.4): Paysafe 3-D Secure challenge. */
var AcmeThreeDS = new Class({
  Implements: [Events],

  initialize: function (acsUrl, container) {
    this.frame = new Element('iframe', { src: acsUrl, width: 500, height: 600, allow: 'payment' }).inject(document.id(container));
    this.boundMessage = this.onMessage.bind(this);
    window.addEvent('message', this.boundMessage);
  },

  onMessage: function (e) {
    var event = e.event;
    if (event.origin !== 'https://3ds.paysafe.example') return;
    var data = JSON.decode(event.data);
    if (data.payload.value === 'success') this.fireEvent('authorised', data.transactionReference);
  }
});
