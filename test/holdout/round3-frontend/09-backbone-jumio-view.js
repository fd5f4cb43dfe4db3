define(['jquery', 'underscore', 'backbone', 'app/models/kyc'], function ($, _, Backbone, KycModel) {
  'use strict';

  var JumioView = Backbone.View.extend({
    className: 'jumio-view',

    template: _.template(
      '<iframe src="<%- redirectUrl %>" allow="camera;fullscreen" allowfullscreen width="100%" height="660"></iframe>'
    ),

    initialize: function (options) {
      this.model = new KycModel({ userId: options.userId });
      _.bindAll(this, 'onMessage');
      window.addEventListener('message', this.onMessage, false);
    },

    render: function () {
      this.$el.html(this.template({ redirectUrl: this.options.redirectUrl }));
      return this;
    },

    onMessage: function (e) {
      var data = JSON.parse(e.data);
      switch (data.payload.value) {
        case 'success':
          this.model.save({ jumioReference: data.transactionReference, status: 'SUBMITTED' });
          this.trigger('done');
          break;
        case 'error':
          this.trigger('failed', data.payload.metainfo.code);
          break;
      }
    },

    remove: function () {
      window.removeEventListener('message', this.onMessage, false);
      return Backbone.View.prototype.remove.apply(this, arguments);
    }
  });

  return JumioView;
});
