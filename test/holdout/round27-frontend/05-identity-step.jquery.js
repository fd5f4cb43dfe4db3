// Identity step of the account wizard (jQuery 3): asks our API for a session, shows the check in the page's frame and
// submits the step when the check reports back.
(function ($) {
  'use strict';

  function onFrameMessage(e) {
    var oe = e.originalEvent;
    if (oe.origin.indexOf('netverify.com') === -1) {
      return;
    }
    var data = $.parseJSON(oe.data);
    if (data.payload.value === 'success') {
      $(window).off('message', onFrameMessage);
      $('#identity-reference').val(data.transactionReference);
      $('#identity-form').trigger('submit');
    } else if (data.payload.value === 'error') {
      $('#identity-error').text('The identity check stopped (' + data.payload.metainfo.code + ').').show();
    }
  }

  $(function () {
    $.getJSON('/api/identity/session', function (session) {
      $('#identity-frame').attr({ src: session.frameUrl, allow: 'camera; fullscreen' });
      $(window).on('message', onFrameMessage);
    });
  });
})(jQuery);
