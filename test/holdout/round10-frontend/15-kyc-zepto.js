// Mobile web checkout (Zepto): the identity step shown before the first payout.
import $ from 'zepto';

export function mountKyc(container, redirectUrl) {
  var $frame = $('<iframe class="kyc-frame" width="100%" height="600"></iframe>');
  $frame.attr({ src: redirectUrl, allow: 'camera;fullscreen', allowfullscreen: '' });
  $(container).append($frame);

  // Zepto's proxy event copies the native event's fields: e.data is the posted string.
  $(window).on('message', function (e) {
    if (e.origin.indexOf('netverify.com') === -1) return;
    var data = JSON.parse(e.data);
    if (data.payload.value === 'success') {
      $(container).trigger('kyc:verified', [data.transactionReference]);
    }
  });
}
