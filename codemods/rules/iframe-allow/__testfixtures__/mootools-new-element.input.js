/* Joomla component: the identity check frame built with MooTools' Element. */
var KycFrame = new Class({
  initialize: function (url, container) {
    this.frame = new Element('iframe', { src: url, width: '100%', height: 710, allow: 'camera;fullscreen' }).inject(document.id(container));
    window.addEvent('message', this.onMessage.bind(this));
  },

  onMessage: function (e) {
    if (e.event.origin.indexOf('netverify.com') === -1) return;
    var data = JSON.decode(e.event.data);
    if (data.payload.value === 'success') this.fireEvent('verified', data.transactionReference);
  }
});

var intro = new Element('iframe', { src: 'https://player.vimeo.com/video/76979871', allow: 'autoplay; fullscreen' });
