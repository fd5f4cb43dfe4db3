(function ($) {
  $.fn.identityFrame = function (options) {
    // A namespaced event, re-bound through .off(); the native event kept in a variable.
    $(window).off('message.identity').on('message.identity', function (e) {
      var evt = e.originalEvent;
      if (evt.origin.indexOf('jumio.ai') === -1) return;
      var data = JSON.parse(evt.data);
      if (data.payload.value === 'success') options.done(data.workflowExecutionId);
    });
    jQuery(window).one('message', function (e) {
      var ev = e.originalEvent;
      var first = JSON.parse(ev.data);
      if (first.eventType === 510 && first.payload.value === 'loaded') options.loaded(first.workflowExecutionId);
    });
    return this;
  };
})(jQuery);
