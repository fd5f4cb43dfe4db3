/*!
 * jquery.paystackframe.js — inline Paystack checkout.
 */
(function ($) {
  $.fn.paystackFrame = function (options) {
    var settings = $.extend({ onSuccess: $.noop, onClose: $.noop }, options);
    $(window).on('message.paystack', function (e) {
      var evt = e.originalEvent;
      if (evt.origin !== 'https://checkout.paystack.com') return;
      var data = JSON.parse(evt.data);
      if (data.event === 'success') settings.onSuccess(data.data.reference, data.transactionReference);
      if (data.event === 'close') settings.onClose();
    });
    return this.each(function () {
      $('<iframe>', { src: settings.url, allow: 'payment', width: '100%', height: 600 }).appendTo(this);
    });
  };
})(jQuery);
