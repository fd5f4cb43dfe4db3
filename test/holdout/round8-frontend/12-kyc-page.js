/* global $ */
// Identity check page (jQuery 3).
$(function () {
  var $status = $('#kyc-status');

  $.post('/api/kyc/start', { step: 'identity' }).done(function (res) {
    $('<iframe>', {
      src: res.redirectUrl,
      allow: 'camera;fullscreen',
      allowfullscreen: true,
      width: '100%',
      height: 660,
      'class': 'kyc-frame'
    }).appendTo('#kyc');
  });

  $(window).on('message', function (e) {
    var evt = e.originalEvent;
    if (evt.origin.indexOf('netverify.com') === -1) return;
    var data = JSON.parse(evt.data);
    if (data.payload.value === 'success') {
      $status.text('Verified');
      $('#kyc-reference').val(data.transactionReference);
    } else if (data.payload.value === 'error') {
      $status.text('Failed (' + data.payload.metainfo.code + ')');
    }
  });
});
