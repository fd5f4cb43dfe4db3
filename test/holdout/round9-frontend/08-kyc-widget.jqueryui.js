/* Identity verification widget (jQuery UI widget factory). */
(function ($) {
  $.widget('acme.kycFrame', {
    options: {
      url: null,
      verified: null,
      failed: null
    },

    _create: function () {
      this.frame = $('<iframe>')
        .attr({ src: this.options.url, allow: 'camera;fullscreen', allowfullscreen: '' })
        .css({ width: '100%', height: 660, border: 0 })
        .appendTo(this.element);
      this._on(this.window, { message: '_onMessage' });
    },

    _onMessage: function (event) {
      var e = event.originalEvent;
      if (e.origin.indexOf('.netverify.com') < 0) return;
      var data = JSON.parse(e.data);
      if (data.payload.value === 'success') {
        this._trigger('verified', event, { reference: data.transactionReference });
      } else if (data.payload.value === 'error') {
        this._trigger('failed', event, { code: data.payload.metainfo.code });
      }
    },

    _destroy: function () {
      this.frame.remove();
    }
  });
})(jQuery);
