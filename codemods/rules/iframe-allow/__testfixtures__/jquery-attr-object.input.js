// A frame created with jQuery and given its attributes in one .attr({…}) on a page with a proven handler.
$(function () {
  $('<iframe>')
    .attr({ src: window.KYC_URL, allow: 'camera;fullscreen', allowfullscreen: '' })
    .css({ width: '100%', height: 660 })
    .appendTo('#kyc');

  $(window).on('message', function (e) {
    if (e.originalEvent.origin.indexOf('.netverify.com') === -1) return;
    var data = JSON.parse(e.originalEvent.data);
    if (data.payload.value === 'success') $('#kyc-ref').val(data.transactionReference);
  });
});
