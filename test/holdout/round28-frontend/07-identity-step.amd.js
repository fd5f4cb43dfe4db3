// Identity step widget of the member portal (RequireJS module, jQuery 1.x). The page wires it with
// require(['widgets/identity-step'], function (step) { step.init({ onFinished: … }); }).
define(['jquery'], function ($) {
  'use strict';

  var FRAME_ORIGIN = /^https:\/\/acme\.netverify\.com$/;
  var settings = {};

  function onMessage(e) {
    if (!FRAME_ORIGIN.test(e.origin)) {
      return;
    }
    var data = typeof e.data === 'string' ? $.parseJSON(e.data) : e.data;
    if (window.console) {
      window.console.log('identity frame event', data.payload.value, data.transactionReference);
    }
    if (data.payload.value === 'success' || data.payload.value === 'error') {
      $('#identity-step').addClass('is-finished');
      settings.onFinished(data);
    }
  }

  return {
    init: function (options) {
      settings = options;
      if (window.addEventListener) {
        window.addEventListener('message', onMessage, false);
      } else {
        window.attachEvent('onmessage', onMessage);
      }
    },
  };
});
