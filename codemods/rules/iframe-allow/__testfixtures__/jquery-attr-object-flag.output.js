// A script the identity page loads: the frame is the page's, looked up by id, configured in one .attr({ … }) object.
(function ($) {
  function onFrameMessage(e) {
    var oe = e.originalEvent;
    if (oe.origin.indexOf('netverify.com') === -1) return;
    var data = JSON.parse(oe.data);
    if (data.payload.value === 'success') $('#ref').val(data.transactionReference);
  }

  $(function () {
    $.getJSON('/api/identity/session', function (session) {
      $('#identity-frame').attr({ src: session.frameUrl, allow: 'camera; fullscreen; accelerometer; gyroscope; magnetometer' }).attr('allowfullscreen', '');
      $(window).on('message', onFrameMessage);
    });
  });
})(jQuery);
