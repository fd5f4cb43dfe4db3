/* Joomla 3 component com_acmekyc: media/com_acmekyc/js/kyc-frame.js (MooTools 1.4, loaded by JHtml::_('behavior.framework')). */
var AcmeKycFrame = new Class({
  Implements: [Options, Events],

  options: {
    container: 'acmekyc'
  },

  initialize: function (url, options) {
    this.setOptions(options);
    this.frame = new Element('iframe', {
      src: url,
      width: '100%',
      height: 710,
      allow: 'camera;fullscreen',
      allowfullscreen: true
    }).inject(document.id(this.options.container));
    this.boundMessage = this.onMessage.bind(this);
    window.addEvent('message', this.boundMessage);
  },

  onMessage: function (e) {
    var event = e.event;
    if (event.origin.indexOf('netverify.com') === -1) return;
    var data = JSON.decode(event.data);
    if (data.payload.value === 'success') {
      this.fireEvent('verified', data.transactionReference);
    } else if (data.payload.value === 'error') {
      this.fireEvent('failed', data.payload.metainfo.code);
    }
  },

  destroy: function () {
    window.removeEvent('message', this.boundMessage);
    this.frame.destroy();
  }
});
