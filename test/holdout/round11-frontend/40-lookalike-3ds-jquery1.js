/* 3-D Secure challenge (card issuer ACS in an iframe), jQuery 1.7. */
(function ($) {
  $(function () {
    var $acs = $('iframe.acs-challenge');
    $acs.attr('src', $acs.data('acs-url')).attr('allow', 'payment');

    $(window).bind('message', function (e) {
      var evt = e.originalEvent;
      if (evt.origin !== $acs.data('acs-origin')) return;
      var data = $.parseJSON(evt.data);
      if (data.payload.value === 'success') {
        $('#threeds-reference').val(data.transactionReference);
        $('#checkout-form').submit();
      }
    });
  });
})(jQuery);
