/* global ko */
// Broker portal (Knockout 3.4, no bundler): "re-confirm your identity" before bank details can be changed.
// The page binds
//   <iframe data-bind="webClientFrame: { url: sessionUrl, onVerified: confirm, onFailed: showFailure }"></iframe>
// and the binding below owns the Netverify web client's frame and its postMessage events.
(function () {
  'use strict';

  var WEB_CLIENT_ORIGIN = 'https://brokerline.netverify.com';

  ko.bindingHandlers.webClientFrame = {
    init: function (element, valueAccessor) {
      var options = valueAccessor();
      var disposed = false;

      element.setAttribute('allow', 'camera;fullscreen');
      element.setAttribute('allowfullscreen', '');

      // ko.utils.registerEventHandler goes through jQuery when a page loads it; the portal does not, so this is the
      // browser's MessageEvent. It has no "unregister": the dispose callback below switches the handler off.
      ko.utils.registerEventHandler(window, 'message', function (event) {
        if (disposed || event.origin !== WEB_CLIENT_ORIGIN) {
          return;
        }
        var data;
        try {
          data = JSON.parse(event.data);
        } catch (e) {
          return;
        }
        if (data.payload.value === 'success') {
          options.onVerified(data.transactionReference);
        } else if (data.payload.value === 'error') {
          options.onFailed(data.payload.metainfo.code);
        }
      });

      ko.utils.domNodeDisposal.addDisposeCallback(element, function () {
        disposed = true;
      });
    },

    update: function (element, valueAccessor) {
      var url = ko.unwrap(valueAccessor().url);
      if (url && element.src !== url) {
        element.src = url;
      }
    }
  };

  function ReconfirmViewModel(api) {
    var self = this;
    self.sessionUrl = ko.observable();
    self.failure = ko.observable(null);
    self.done = ko.observable(false);

    self.confirm = function (reference) {
      api.confirmBankDetailsChange({ identityReference: reference }).then(function () {
        self.done(true);
      });
    };

    self.showFailure = function (code) {
      self.failure('The check stopped (code ' + code + '). Please start again.');
    };

    api.startIdentityCheck().then(function (session) {
      self.sessionUrl(session.frameUrl);
    });
  }

  window.ReconfirmViewModel = ReconfirmViewModel;
})();
