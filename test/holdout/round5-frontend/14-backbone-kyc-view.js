/* global Backbone, _, $ */
// KYC step view. The Netverify iframe is rendered by the template in index.html (#kyc-template).
var KycView = Backbone.View.extend({
  el: '#kyc',

  initialize: function (options) {
    this.options = options;
    $(window).on('message', _.bind(this.onMessage, this));
  },

  remove: function () {
    $(window).off('message');
    Backbone.View.prototype.remove.apply(this, arguments);
  },

  onMessage: function (e) {
    var raw = e.originalEvent.data;
    var data;
    try { data = JSON.parse(raw); } catch (err) { return; }
    if (e.originalEvent.origin.indexOf('netverify.com') === -1) return;

    this.model.set({
      jumioReference: data.transactionReference,
      jumioStatus: data.payload.value,
      jumioTime: data.dateTime
    });
    if (data.payload.value === 'success') Backbone.history.navigate('kyc/done', { trigger: true });
  }
});

window.KycView = KycView;
