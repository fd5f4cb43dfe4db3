/*!
 * jquery.netverify.js — embeds the Netverify authentication client.
 * Usage: $('#verify').netverify({ url: redirectUrl, onSuccess: fn, onError: fn });
 */
(function ($) {
  'use strict';

  $.fn.netverify = function (options) {
    var settings = $.extend({ width: '100%', height: 660, onSuccess: $.noop, onError: $.noop }, options);

    $(window).off('message.netverify').on('message.netverify', function (e) {
      var evt = e.originalEvent;
      if (!/^https:\/\/[a-z0-9-]+\.netverify\.com$/.test(evt.origin)) return;
      var data = JSON.parse(evt.data);
      if (data.payload.value === 'success') {
        settings.onSuccess(data.transactionReference);
      } else if (data.payload.value === 'error') {
        settings.onError(data.payload.metainfo ? data.payload.metainfo.code : null, data.transactionReference);
      }
    });

    return this.each(function () {
      $('<iframe>', {
        src: settings.url,
        width: settings.width,
        height: settings.height,
        allow: 'camera;fullscreen',
        allowfullscreen: '',
      }).appendTo(this);
    });
  };
})(jQuery);
