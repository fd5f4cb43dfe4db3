// "Scan your card" step: the scanner runs in a frame (it needs the camera) and posts its result back.
$(function () {
  var $frame = $('<iframe>', {
    src: '/card-scanner/index.html',
    allow: 'camera',
    title: 'Card scanner',
  }).appendTo('#scan-step');

  $(window).off('message.scan').on('message.scan', function (e) {
    var evt = e.originalEvent;
    var data = JSON.parse(evt.data);
    if (data.payload.value === 'success') {
      $('#card-ref').val(data.transactionReference);
      $frame.remove();
    }
  });
});
