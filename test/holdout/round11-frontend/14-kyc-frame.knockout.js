/* global ko */
// <kyc-frame params="url: kycUrl, done: onKycDone"></kyc-frame>: the Netverify identity check.
ko.components.register('kyc-frame', {
  viewModel: function (params) {
    var self = this;
    self.url = params.url;
    self.onMessage = function (event) {
      if (event.origin.indexOf('.netverify.com') === -1) return;
      var data = JSON.parse(event.data);
      if (data.payload.value === 'success') params.done(data.transactionReference);
    };
    window.addEventListener('message', self.onMessage);
    self.dispose = function () {
      window.removeEventListener('message', self.onMessage);
    };
  },
  template: '<iframe data-bind="attr: { src: url }" width="100%" height="710" allow="camera;fullscreen" allowfullscreen></iframe>',
});
