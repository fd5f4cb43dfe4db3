/* global ko */
// Veriff's selfie frame as a Knockout binding: the same shape, another vendor's handler.
ko.bindingHandlers.selfieFrame = {
  init: function (element, valueAccessor) {
    var options = ko.unwrap(valueAccessor());
    element.setAttribute('allow', 'camera;fullscreen');
    element.setAttribute('allowfullscreen', '');
    window.addEventListener('message', function (e) {
      if (e.origin !== 'https://magic.veriff.me') return;
      var data = JSON.parse(e.data);
      if (data.status === 'success') options.done(data.transactionReference);
    });
  },
};
