/* Joomla component: the identity check frame (MooTools 1.4 Class). */
var KycFrame = new Class({
  Implements: [Events],

  initialize: function (container) {
    this.container = container;
    this.boundMessage = this.onMessage.bind(this);
    window.addEvent('message', this.boundMessage);
  },

  onMessage: function (e) {
    var event = e.event;
    if (event.origin.indexOf('netverify.com') === -1) return;
    var data = JSON.decode(event.data);
    if (data.payload.value === 'success') this.fireEvent('verified', data.transactionReference);
  }
});

document.id(window).addEvent('message', function (e) {
  var data = JSON.decode(e.event.data);
  if (data.eventType === 510 && data.payload.value === 'loaded') console.log('loaded', data.transactionReference);
});
