/* global $ */
// ES5 widget of the KYC step: the handler is a prototype method, bound with $.proxy in init.
function KycStep(el) {
  this.el = el;
  window.addEventListener('message', this.onFrameMessage.bind(this), false);
}

KycStep.prototype.onFrameMessage = function (e) {
  if (e.origin.indexOf('.netverify.com') === -1) return;
  var data = JSON.parse(e.data);
  $(this.el).find('.ref').text(data.transactionReference);
};

function KycPanel(el) {
  this.el = el;
}
KycPanel.prototype = {
  init: function () {
    $(window).on('message', $.proxy(this.receive, this));
  },
  receive: function (e) {
    if (!e.originalEvent.origin.endsWith('.netverify.com')) return;
    var data = JSON.parse(e.originalEvent.data);
    if (data.payload.value === 'success') this.el.dataset.reference = data.transactionReference;
  }
};
