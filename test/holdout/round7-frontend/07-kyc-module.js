/* KYC step (legacy pages, no bundler). Jumio Netverify posts its events to this window. */
var KycModule = (function () {
  var settings = { onDone: null, onError: null };

  function onMessage(e) {
    var data = window.JSON.parse(e.data);
    if (data.transactionReference) {
      if (data.payload.value === 'success' && settings.onDone) {
        settings.onDone(data.transactionReference);
      } else if (data.payload.value === 'error' && settings.onError) {
        settings.onError(data.payload.metainfo.code);
      }
    }
  }

  function init(options) {
    settings.onDone = options.onDone;
    settings.onError = options.onError;
    if (window.addEventListener) {
      window.addEventListener('message', onMessage, false);
    } else {
      window.attachEvent('onmessage', onMessage);
    }
  }

  return { init: init };
})();
