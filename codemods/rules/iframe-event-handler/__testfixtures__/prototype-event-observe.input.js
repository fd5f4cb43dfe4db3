// Prototype.js 1.7: Event.observe on the window, a bindAsEventListener'd method, String#evalJSON.
var KycStep = Class.create({
  initialize: function () {
    Event.observe(window, 'message', this.onMessage.bindAsEventListener(this));
  },

  onMessage: function (event) {
    if (!/^https:\/\/[a-z0-9-]+\.netverify\.com$/.test(event.origin)) return;
    var data = event.data.evalJSON();
    if (data.payload.value == 'success') $('kyc_reference').setValue(data.transactionReference);
  }
});

// No origin check: proven by the parse and the event's fields.
Event.observe(window, 'message', function (event) {
  var data = event.data.evalJSON(true);
  if (data.eventType == 510 && data.payload.value == 'error') $('kyc_error').update(data.payload.metainfo.code + ' ' + data.transactionReference);
});

// Another element's event: not the window's messages.
Event.observe($('chat'), 'message', function (event) {
  var data = event.data.evalJSON();
  $('chat_log').insert(data.transactionReference);
});
