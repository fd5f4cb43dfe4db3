// jQuery: 'message.' + this.cid is the message event under a computed namespace (round 47).
var IdentityStep = Backbone.View.extend({
  initialize: function () {
    $(window).on('message.' + this.cid, $.proxy(this.onFrameMessage, this));
    // Another event whose name merely starts with a word.
    $(window).on('messages.' + this.cid, $.proxy(this.onOther, this));
  },
  onFrameMessage: function (e) {
    var event = e.originalEvent;
    if (event.origin.indexOf('.netverify.com') === -1) return;
    var data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.trigger('verified', data.transactionReference);
  },
  onOther: function (e) { this.trigger('other', JSON.parse(e.originalEvent.data).transactionReference); }
});
