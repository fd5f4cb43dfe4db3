// A frame created with jQuery and given its attributes in one .attr({…}) on a page with a proven handler.
$(function () {
  $('<iframe>')
    // TODO(netverify-migrate): iframe-allow: the KYX web client must not be injected at runtime: put its <iframe> in the page markup (vendor guide)
    .attr({ src: window.KYC_URL, allow: 'camera;fullscreen;accelerometer;gyroscope;magnetometer', allowfullscreen: '' })
    .css({ width: '100%', height: 660 })
    .appendTo('#kyc');

  $(window).on('message', function (e) {
    if (e.originalEvent.origin.indexOf('.netverify.com') === -1) return;
    var data = JSON.parse(e.originalEvent.data);
    if (data.payload.value === 'success') $('#kyc-ref').val(data.transactionReference);
  });
});
