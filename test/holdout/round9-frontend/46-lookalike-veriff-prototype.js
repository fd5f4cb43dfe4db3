// Veriff InContext frame on the legacy checkout (Prototype.js 1.7).
var VeriffStep = Class.create({
  initialize: function (container) {
    this.container = $(container);
    Event.observe(window, 'message', this.onMessage.bindAsEventListener(this));
  },

  onMessage: function (event) {
    if (event.origin !== 'https://magic.veriff.me') return;
    var data = event.data.evalJSON();
    if (data.status === 'FINISHED') {
      $('veriff_session').setValue(data.transactionReference);
      $('kyc_form').submit();
    }
  }
});
