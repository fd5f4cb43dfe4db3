/* global $ */
// ES5 widget of the KYC step: the handler is a prototype method, bound with $.proxy in init.
function KycStep(el) {
  this.el = el;
  window.addEventListener('message', this.onFrameMessage.bind(this), false);
}

KycStep.prototype.onFrameMessage = function (e) {
  if (e.origin.indexOf('.jumio.ai') === -1) return;
  var data = JSON.parse(e.data);
  $(this.el).find('.ref').text(data.workflowExecutionId);
};

function KycPanel(el) {
  this.el = el;
}
KycPanel.prototype = {
  init: function () {
    $(window).on('message', $.proxy(this.receive, this));
  },
  receive: function (e) {
    if (!e.originalEvent.origin.endsWith('.jumio.ai')) return;
    var data = JSON.parse(e.originalEvent.data);
    if (data.payload.value === 'success') this.el.dataset.reference = data.workflowExecutionId;
  }
};
