/* global $, _ */
// Two legacy widgets of the KYC step: one binds with jQuery's $.proxy, the other with Underscore's _.bind.
var KycStep = {
  init: function (el) {
    this.el = el;
    $(window).on('message', $.proxy(this.receive, this));
  },
  receive: function (e) {
    if (e.originalEvent.origin.indexOf('.jumio.ai') === -1) return;
    var data = JSON.parse(e.originalEvent.data);
    $(this.el).find('.ref').text(data.workflowExecutionId);
  }
};

var KycPanel = {
  start: function () {
    window.addEventListener('message', _.bind(this.onFrameMessage, this));
  },
  onFrameMessage: function (event) {
    if (!event.origin.endsWith('.jumio.ai')) return;
    var data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.done(data.workflowExecutionId);
  },
  done: function (ref) { console.log('done', ref); }
};
