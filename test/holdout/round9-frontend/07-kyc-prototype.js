// Legacy checkout: identity step (Prototype.js 1.7).
var KycStep = Class.create({
  initialize: function (container, options) {
    this.container = $(container);
    this.options = options;
    Event.observe(window, 'message', this.onMessage.bindAsEventListener(this));
  },

  onMessage: function (event) {
    if (!/^https:\/\/[a-z0-9-]+\.netverify\.com$/.test(event.origin)) return;
    var data = event.data.evalJSON();
    if (data.payload.value == 'success') {
      $('kyc_reference').setValue(data.transactionReference);
      $('kyc_form').submit();
    } else if (data.payload.value == 'error') {
      this.container.down('.kyc-error').update('Error ' + data.payload.metainfo.code).show();
    }
  }
});

document.observe('dom:loaded', function () {
  new KycStep('kyc_step', {});
});
