/* Identity check step (jQuery 1.7, loaded on the account page).
 * The Netverify web client runs in the iframe below and posts its events to this window. */
(function ($) {
  'use strict';

  function showKycResult(ref, ok) {
    $('#kyc-status').text(ok ? 'Verified' : 'Not verified');
    $('#kyc-reference').val(ref);
  }

  $(function () {
    var $frame = $('iframe.kyc-frame');
    $frame.attr('src', $frame.data('url')).attr('allow', 'camera;fullscreen');

    $(window).bind('message', function (e) {
      var evt = e.originalEvent;
      if (evt.origin.indexOf('netverify.com') === -1) {
        return;
      }
      var data = $.parseJSON(evt.data);
      if (data.payload.value === 'success') {
        showKycResult(data.transactionReference, true);
      } else if (data.payload.value === 'error') {
        showKycResult(data.transactionReference, false);
        $('#kyc-error').text('Error ' + data.payload.metainfo.code);
      }
    });
  });
})(jQuery);
