// A jQuery UI widget binds the window's message event under its own namespace (`this.eventNamespace` starts with
// its dot) and unbinds it with `this._off`/`$(window).off(this.eventNamespace)`: the handler is the web client's.
define(['jquery', 'jquery/ui'], function ($) {
  'use strict';

  var WEB_CLIENT_ORIGIN = 'https://acme.lon.netverify.com';

  $.widget('acme.faceCheck', {
    _create: function () {
      $(window).on('message' + this.eventNamespace, $.proxy(this._onFrameMessage, this));
    },

    _onFrameMessage: function (e) {
      var event = e.originalEvent;
      if (event.origin !== WEB_CLIENT_ORIGIN) return;
      var data = JSON.parse(event.data);
      if (data.payload.value === 'success') this._trigger('verified', null, { reference: data.transactionReference });
    },

    _destroy: function () {
      $(window).off(this.eventNamespace);
    }
  });

  return $.acme.faceCheck;
});
