(function ($) {
  $.widget('acme.kycFrame', {
    _create: function () {
      this._on(this.window, { message: '_onMessage' });
      this._on(window, {
        message: function (event) {
          var data = JSON.parse(event.originalEvent.data);
          if (data.eventType === 510 && data.payload.value === 'loaded') this.element.addClass('loaded').attr('data-ref', data.workflowExecutionId);
        }
      });
      // The widget's own element: not the window's messages.
      this._on({ message: '_onOwnMessage' });
    },

    _onMessage: function (event) {
      var e = event.originalEvent;
      if (e.origin.indexOf('.jumio.ai') < 0) return;
      var data = JSON.parse(e.data);
      if (data.payload.value === 'success') this._trigger('verified', event, { reference: data.workflowExecutionId });
    },

    _onOwnMessage: function (event) {
      var data = JSON.parse(event.originalEvent.data);
      this._trigger('own', event, { reference: data.transactionReference });
    }
  });
})(jQuery);
