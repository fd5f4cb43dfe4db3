// Ext JS 4 panel that embeds the identity check.
Ext.define('Onboarding.view.KycPanel', {
  extend: 'Ext.panel.Panel',
  alias: 'widget.kycpanel',

  html: '<iframe class="kyc-frame" allow="camera;fullscreen" allowfullscreen width="100%" height="660"></iframe>',

  afterRender: function () {
    this.callParent(arguments);
    this.el.down('iframe').dom.src = this.redirectUrl;
    Ext.get(window).on('message', this.onNetverifyMessage, this);
  },

  onDestroy: function () {
    Ext.get(window).un('message', this.onNetverifyMessage, this);
    this.callParent(arguments);
  },

  onNetverifyMessage: function (e) {
    var evt = e.browserEvent;
    if (!/\.netverify\.com$/.test(evt.origin)) return;
    var data = Ext.decode(evt.data);
    if (data.payload.value === 'success') {
      this.fireEvent('verified', this, data.transactionReference);
    }
  }
});
