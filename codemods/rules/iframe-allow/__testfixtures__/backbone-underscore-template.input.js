// A Backbone view: the markup is the string compiled by _.template; the view handles the web client's events.
var IdentityView = Backbone.View.extend({
  template: _.template('<iframe src="<%- url %>" allow="camera;fullscreen" class="kyc"></iframe>'),

  initialize: function () {
    _.bindAll(this, 'onMessage');
    window.addEventListener('message', this.onMessage);
  },

  onMessage: function (e) {
    var data = JSON.parse(e.data);
    if (data.payload.value === 'loaded') this.$el.addClass('ready');
    if (data.payload.value === 'success') this.trigger('done', data.transactionReference);
  },
});
