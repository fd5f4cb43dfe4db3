Ext.define('Onboarding.view.KycPanel', {
  extend: 'Ext.panel.Panel',
  html: '<iframe class="kyc-frame" allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen width="100%" height="660"></iframe>',

  afterRender: function () {
    this.callParent(arguments);
    Ext.get(window).on('message', this.onMessage, this);
  },

  onMessage: function (e) {
    var evt = e.browserEvent;
    if (!evt.origin.endsWith('.netverify.com')) return;
    var data = Ext.decode(evt.data);
    console.log('transaction reference:', data.transactionReference);
  }
});
