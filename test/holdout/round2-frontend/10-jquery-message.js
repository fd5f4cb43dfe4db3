/* global $ */
$(function () {
  var $container = $('#jumio-container');
  var url = $container.data('redirect-url');

  $('<iframe>', {
    src: url,
    allow: 'camera;fullscreen',
    allowfullscreen: true,
    width: '100%',
    height: 710,
    frameborder: 0,
  }).appendTo($container);

  $(window).on('message', function (e) {
    var data = JSON.parse(e.originalEvent.data);
    if (data.payload.value === 'success') {
      $('#kyc-reference').val(data.transactionReference);
      $('#kyc-form').submit();
    } else if (data.payload.value === 'error') {
      $('#kyc-error').text('Error ' + data.payload.metainfo.code).show();
    }
  });
});
