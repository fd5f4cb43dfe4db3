/* global ko */
// Knockout binding: <iframe data-bind="jumioFrame: { url: verificationUrl, done: onVerified }">
ko.bindingHandlers.jumioFrame = {
  init: function (element, valueAccessor) {
    var options = ko.unwrap(valueAccessor());
    element.setAttribute('allow', 'camera;fullscreen');
    element.setAttribute('allowfullscreen', '');

    function onMessage(e) {
      if (!/\.netverify\.com$/.test(e.origin)) return;
      var data = JSON.parse(e.data);
      if (data.payload && data.payload.value === 'success') {
        options.done(data.transactionReference);
      }
    }

    window.addEventListener('message', onMessage);
    ko.utils.domNodeDisposal.addDisposeCallback(element, function () {
      window.removeEventListener('message', onMessage);
    });
  },
  update: function (element, valueAccessor) {
    element.src = ko.unwrap(ko.unwrap(valueAccessor()).url);
  },
};

function VerificationViewModel(api) {
  var self = this;
  self.verificationUrl = ko.observable();
  self.reference = ko.observable();
  self.onVerified = function (ref) {
    self.reference(ref);
    api.confirm(ref);
  };
  api.start().then(function (res) {
    self.verificationUrl(res.redirectUrl);
  });
}
