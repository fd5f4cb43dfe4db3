/* Joomla component: the identity check frame built with MooTools' Element. */
var KycFrame = new Class({
  initialize: function (url, container) {
    // TODO(netverify-migrate): iframe-allow: the KYX web client needs allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" and allowfullscreen (an iframe on a page with a proven Jumio message handler)
    // TODO(netverify-migrate): iframe-allow: the KYX web client must not be injected at runtime: put its <iframe> in the page markup (vendor guide)
    this.frame = new Element('iframe', { src: url, width: '100%', height: 710, allow: 'camera;fullscreen;accelerometer;gyroscope;magnetometer' }).inject(document.id(container));
    window.addEvent('message', this.onMessage.bind(this));
  },

  onMessage: function (e) {
    if (e.event.origin.indexOf('netverify.com') === -1) return;
    var data = JSON.decode(e.event.data);
    if (data.payload.value === 'success') this.fireEvent('verified', data.transactionReference);
  }
});

var intro = new Element('iframe', { src: 'https://player.vimeo.com/video/76979871', allow: 'autoplay; fullscreen' });
