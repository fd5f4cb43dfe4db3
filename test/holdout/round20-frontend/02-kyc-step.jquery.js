/* global jQuery */
// Identity step of the signup wizard: shows the Netverify face check in #kyc-frame and moves on when it is done.
(function ($) {
  'use strict';

  var KycStep = {
    init: function (options) {
      this.options = $.extend({ next: '/signup/done' }, options);
      this.$frame = $('#kyc-frame').attr('allow', 'camera; fullscreen');
      $(window).on('message.kycstep', $.proxy(this.onMessage, this));
      return this;
    },

    load: function (url) {
      this.$frame.attr('src', url);
    },

    destroy: function () {
      $(window).off('message.kycstep');
    },

    onMessage: function (e) {
      var evt = e.originalEvent;
      if (evt.origin.indexOf('netverify.com') === -1) return;
      var data;
      try {
        data = JSON.parse(evt.data);
      } catch (err) {
        return;
      }
      var value = data.payload && data.payload.value;
      if (value === 'success') {
        $('#kyc-reference').val(data.transactionReference);
        window.location.href = this.options.next + '?ref=' + encodeURIComponent(data.transactionReference);
      } else if (value === 'error') {
        $('#kyc-error').text('Verification failed: ' + data.payload.metainfo.code).show();
      }
    }
  };

  $(function () {
    var step = KycStep.init({ next: $('body').data('next') });
    $.getJSON('/signup/kyc-session', function (session) {
      step.load(session.redirectUrl);
    });
  });
})(jQuery);
